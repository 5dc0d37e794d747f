package io.steward.app.ui.accountability;

import io.steward.model.people.PeopleDirectory;
import java.util.List;
import java.util.function.Function;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;
import org.controlsfx.control.textfield.AutoCompletionBinding;
import org.controlsfx.control.textfield.TextFields;

/**
 * Completion from the people directory for an owner or backup field. ControlsFX asks for suggestions on its own
 * thread (never the UI thread), so the directory query may block there; the list shows who each entry is, and
 * choosing one (Enter or a click) puts only its value (e-mail or team:NAME) into the field.
 */
final class OwnerCompletion {
    private static final StringConverter<PeopleDirectory.Completion> SHOWN = new StringConverter<>() {
        @Override
        public String toString(PeopleDirectory.Completion c) {
            return c == null ? "" : c.description().isEmpty() ? c.value() : c.value() + "   · " + c.description();
        }

        @Override
        public PeopleDirectory.Completion fromString(String text) {
            return null;
        }
    };

    private OwnerCompletion() {
    }

    static void bind(TextField field, Function<String, List<PeopleDirectory.Completion>> completions) {
        AutoCompletionBinding<PeopleDirectory.Completion> binding = TextFields.bindAutoCompletion(field,
                request -> completions.apply(request.getUserText()), SHOWN);
        binding.setVisibleRowCount(8);
        binding.setOnAutoCompleted(e -> {
            field.setText(e.getCompletion().value());
            field.end();
        });
    }
}
