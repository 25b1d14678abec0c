package io.recoverydesk.payments.internal;

import org.springframework.ui.Model;

/**
 * A refused request on a page: the problem's type picks a translated message
 * ({@code pay.error.<type>}); the API's English detail is the fallback.
 */
final class Problems {

    private Problems() {
    }

    static void show(Model model, String type, String detail) {
        model.addAttribute("errorKey", "pay.error." + type);
        model.addAttribute("error", detail);
    }

}
