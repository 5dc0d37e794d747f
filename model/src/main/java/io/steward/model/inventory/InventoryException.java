package io.steward.model.inventory;

/** The inventory store could not do what was asked; the message is fit for a user. */
public class InventoryException extends RuntimeException {
    public InventoryException(String message, Throwable cause) {
        super(message, cause);
    }

    public InventoryException(String message) {
        super(message);
    }
}
