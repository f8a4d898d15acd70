package com.pettoyou.identity;

import java.util.UUID;

/**
 * Hospital lookup for the identity module, which may not depend on the hospitals module
 * because that module depends on this one. The hospitals module provides the bean.
 */
public interface HospitalRegistry {

	/** Returns whether a hospital with this id exists, whatever its status. */
	boolean exists(UUID hospitalId);

}
