package com.scudo.analytics.internal;

import com.scudo.analytics.model.ChoiceSettings;
import com.scudo.analytics.model.ModelChoice;
import com.scudo.analytics.model.ModelFit;
import com.scudo.analytics.model.ModelSelection;
import com.scudo.analytics.model.ModelSettings;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A run explains scores that moved because the model was refitted, and stays quiet when nothing moved. */
class RefitNoteTests {
    private static final ModelChoice DEFAULT = ModelSelection.choose(List.of(), LocalDate.of(2026, 6, 30),
            ChoiceSettings.defaults(), ModelSettings.defaults());

    private static ModelFit fit(String model, double r, int customers) {
        LinkedHashMap<String, Double> p = new LinkedHashMap<>();
        p.put("r", r);
        p.put("alpha", 4.4);
        p.put("a", 0.79);
        p.put("b", 2.43);
        return new ModelFit(model, p, null, null, -100, customers, false, true, 10, "");
    }

    @Test
    void movedParametersAreExplainedWithTheNewCustomers() {
        assertThat(RefitNote.of(ModelFit.MBG_NBD, fit(ModelFit.MBG_NBD, 0.24, 10_000), fit(ModelFit.MBG_NBD, 0.26, 12_357), DEFAULT))
                .hasValue("Scores changed because the MBG/NBD model was refitted on 2,357 more customers (12,357 customers),"
                        + " not only because of each customer's own orders: r 0.240 → 0.260.");
    }

    @Test
    void nothingIsSaidWhenTheParametersStayOrThereWasNoFitBefore() {
        assertThat(RefitNote.of(ModelFit.MBG_NBD, fit(ModelFit.MBG_NBD, 0.24, 10_000), fit(ModelFit.MBG_NBD, 0.2401, 10_050), DEFAULT))
                .isEmpty();
        assertThat(RefitNote.of(null, null, fit(ModelFit.MBG_NBD, 0.24, 100), DEFAULT)).isEmpty();
    }

    @Test
    void aChangeOfModelIsNamed() {
        assertThat(RefitNote.of(ModelFit.PARETO_NBD, null, fit(ModelFit.MBG_NBD, 0.24, 100), DEFAULT).orElseThrow())
                .startsWith("Scores now come from MBG/NBD instead of Pareto/NBD");
    }
}
