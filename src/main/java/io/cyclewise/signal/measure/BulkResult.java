package io.cyclewise.signal.measure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.validation.Errors;

/**
 * What a bulk import did with each item, in the order sent: stored (with the new id), rejected (with each field's
 * message, the same as the form's) or a duplicate of a submission already stored (with that record's id).
 */
public record BulkResult(int stored, int rejected, int duplicates, List<Item> items) {

	public enum Status {
		STORED, REJECTED, DUPLICATE;

		@JsonValue
		String json() {
			return name().toLowerCase();
		}
	}

	/** A field ("" for the item as a whole) and what is wrong with it. */
	public record FieldMessage(String field, String message) {
	}

	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	public record Item(int index, Status status, Long id, List<FieldMessage> errors) {
	}

	/** Collects the outcome per item; the id of a stored item may come later (after the batch insert). */
	static final class Builder {

		private final Item[] items;

		Builder(int size) {
			items = new Item[size];
		}

		boolean decided(int index) {
			return items[index] != null;
		}

		void stored(int index, long id) {
			items[index] = new Item(index, Status.STORED, id, List.of());
		}

		void duplicate(int index, long id) {
			items[index] = new Item(index, Status.DUPLICATE, id, List.of());
		}

		/** @param message each error said in the caller's language */
		void rejected(int index, Errors errors, Function<MessageSourceResolvable, String> message) {
			List<FieldMessage> messages = new ArrayList<>();
			errors.getFieldErrors().forEach(error -> messages.add(new FieldMessage(error.getField(), message.apply(error))));
			errors.getGlobalErrors().forEach(error -> messages.add(new FieldMessage("", message.apply(error))));
			items[index] = new Item(index, Status.REJECTED, null, messages);
		}

		BulkResult build() {
			List<Item> all = Arrays.asList(items);
			return new BulkResult(count(all, Status.STORED), count(all, Status.REJECTED), count(all, Status.DUPLICATE),
					List.copyOf(all));
		}

		private static int count(List<Item> items, Status status) {
			return (int) items.stream().filter(item -> item.status() == status).count();
		}
	}
}
