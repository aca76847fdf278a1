package io.cyclewise.shared;

import java.util.List;
import java.util.function.Function;

import org.springframework.data.domain.Page;

/** One page of a list in the API: the items, where this page is, and how many there are in all. */
public record ApiPage<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

	public static <E, T> ApiPage<T> of(Page<E> page, Function<E, T> mapper) {
		return new ApiPage<>(page.getContent().stream().map(mapper).toList(), page.getNumber(), page.getSize(),
				page.getTotalElements(), page.getTotalPages());
	}
}
