package com.scudo.dashboard.web;

import com.scudo.analytics.AtRisk;
import com.scudo.customer360.Customer360Views;
import com.scudo.customer360.CustomerPage;
import com.scudo.segment.filter.FilterException;
import com.scudo.shared.InvalidInputException;
import com.scudo.shared.InvalidValueException;
import com.scudo.shared.WorkspaceId;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The customer list: a search box for a name or an e-mail, a total, a filter box in the filter language (errors shown where they happened), one-click presets,
 * a sortable table paged with the list's keyset cursor. htmx requests get only the results part back.
 */
@Controller
class CustomersPage {
    static final int PAGE_SIZE = 25;
    static final String DEFAULT_SORT = "-total_spent";
    /** Sortable columns: filter field → heading. */
    static final Map<String, String> COLUMNS = columns();
    static final List<Preset> PRESETS = List.of(
            new Preset("VIP", "lifecycle = \"VIP\""),
            new Preset("At risk", AtRisk.FILTER),
            new Preset("New", "lifecycle = \"New\""),
            new Preset("Dormant", AtRisk.DORMANT_FILTER));

    private final Customer360Views views;

    CustomersPage(Customer360Views views) {
        this.views = views;
    }

    record Preset(String label, String filter) {
    }

    /** A filter mistake, with the expression split where it went wrong so the page can point at the spot. */
    record FilterError(String problem, String hint, String expected, int column, String before, String at,
                       String after) {

        static FilterError of(FilterException e, String filter) {
            String text = filter == null ? "" : filter;
            int pos = e.position();
            if (pos < 0 || pos > text.length()) {
                return new FilterError(e.problem(), e.hint(), e.expected(), -1, text, "", "");
            }
            int end = Math.min(text.length(), pos + Math.max(1, e.found() == null || "end of input".equals(e.found())
                    ? 1 : e.found().replace("'", "").length()));
            return new FilterError(e.problem(), e.hint(), e.expected(), e.column(), text.substring(0, pos),
                    pos < text.length() ? text.substring(pos, end) : " ", text.substring(end));
        }
    }

    @GetMapping("/customers")
    String customers(WorkspaceId workspace, @RequestParam(required = false) String filter,
                     @RequestParam(required = false) String q,
                     @RequestParam(required = false) String sort, @RequestParam(required = false) String cursor,
                     @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        String by = sort == null || sort.isBlank() ? DEFAULT_SORT : sort.trim();
        String text = filter == null ? "" : filter.trim();
        model.addAttribute("page", "customers");
        model.addAttribute("filter", text);
        String search = q == null ? "" : q.trim();
        model.addAttribute("q", search);
        model.addAttribute("sort", by);
        model.addAttribute("cursor", cursor);
        model.addAttribute("presets", PRESETS);
        model.addAttribute("columns", COLUMNS);
        try {
            CustomerPage page = views.list(workspace, text.isEmpty() ? null : text, search.isEmpty() ? null : search, by, PAGE_SIZE,
                    cursor == null || cursor.isBlank() ? null : cursor);
            model.addAttribute("result", page);
        } catch (FilterException e) {
            model.addAttribute("filterError", FilterError.of(e, text));
        } catch (InvalidInputException | InvalidValueException e) {
            model.addAttribute("listError", e.getMessage());
        }
        return htmx != null ? "dashboard/customers :: results" : "dashboard/customers";
    }

    private static Map<String, String> columns() {
        Map<String, String> columns = new LinkedHashMap<>();
        columns.put("name", "Customer");
        columns.put("lifecycle", "Stage");
        columns.put("orders", "Orders");
        columns.put("total_spent", "Spent");
        columns.put("clv", "Predicted value");
        columns.put("churn", "Churn risk");
        columns.put("expected_orders", "Expected orders");
        columns.put("last_order", "Last order");
        return columns;
    }
}
