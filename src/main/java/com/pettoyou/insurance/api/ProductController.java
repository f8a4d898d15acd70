package com.pettoyou.insurance.api;

import java.util.List;
import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.pettoyou.common.PageResponse;
import com.pettoyou.insurance.ClaimType;
import com.pettoyou.insurance.service.InsuranceProduct;
import com.pettoyou.insurance.service.ProductCatalogue;

/** The insurance product catalogue, readable by every signed-in account. */
@RestController
@RequestMapping("/api/v1/insurance/products")
class ProductController {

	private final ProductCatalogue catalogue;

	ProductController(ProductCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	@GetMapping
	PageResponse<ProductResponse> list() {
		return PageResponse.of(catalogue.list().stream().map(ProductResponse::of).toList());
	}

	/** A product; amounts are whole won. */
	record ProductResponse(UUID id, String name, List<ClaimType> coverageTypes, int coveragePercent, long deductible,
			long annualLimit, long monthlyPremium, int waitingPeriodDays) {

		static ProductResponse of(InsuranceProduct product) {
			return new ProductResponse(product.id(), product.name(), product.coverageTypes(), product.coveragePercent(),
					product.deductible(), product.annualLimit(), product.monthlyPremium(), product.waitingPeriodDays());
		}

	}

}
