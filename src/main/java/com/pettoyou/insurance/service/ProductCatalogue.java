package com.pettoyou.insurance.service;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The insurance products that owners may enrol their pets in. */
@Service
public class ProductCatalogue {

	private final ProductRepository products;

	ProductCatalogue(ProductRepository products) {
		this.products = products;
	}

	/** Returns every product in catalogue order. */
	@Transactional(readOnly = true)
	@PreAuthorize("isAuthenticated() and !principal.restricted()")
	public List<InsuranceProduct> list() {
		return products.findAll();
	}

}
