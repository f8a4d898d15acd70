package com.pettoyou.pets;

/** The kind of animal a pet is. Dogs and cats take a breed from the bundled lists. */
public enum Species {

	DOG,

	CAT,

	OTHER

}
