package io.drillbook.topology.web;

import java.util.List;

/**
 * One page of a long list of topology elements, with what the pager needs.
 *
 * @param items the elements on this page
 * @param page the page's number, from 0
 * @param pages how many pages there are, at least 1
 * @param matching how many elements matched the search
 * @param <T> the element type
 */
record ListPage<T>(List<T> items, int page, int pages, int matching) {

	static final int SIZE = 50;

	static <T> ListPage<T> of(List<T> matching, int requested) {
		int pages = Math.max(1, (matching.size() + SIZE - 1) / SIZE);
		int page = Math.min(Math.max(requested, 0), pages - 1);
		return new ListPage<>(matching.subList(page * SIZE, Math.min(matching.size(), (page + 1) * SIZE)), page, pages,
				matching.size());
	}

}
