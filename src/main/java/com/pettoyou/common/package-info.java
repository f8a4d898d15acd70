/**
 * Shared kernel: typed errors, request metadata, the clock, log keys and masking used by
 * every module.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package com.pettoyou.common;

import org.springframework.modulith.ApplicationModule;
