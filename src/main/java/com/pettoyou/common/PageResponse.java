package com.pettoyou.common;

import java.util.List;

/**
 * One page of a list response.
 *
 * @param items the rows of this page
 * @param page the page number, from 0
 * @param size the requested page size
 * @param total the number of rows across all pages
 */
public record PageResponse<T>(List<T> items, int page, int size, long total) {

	/** Returns a single page holding a whole, short list. */
	public static <T> PageResponse<T> of(List<T> items) {
		return new PageResponse<>(items, 0, items.size(), items.size());
	}

}
