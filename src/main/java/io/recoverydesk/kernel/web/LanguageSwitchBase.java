package io.recoverydesk.kernel.web;

import java.net.URI;
import java.net.URISyntaxException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * The page the language links of a page switch (model attribute {@code langBase}). A page
 * shown in answer to a form (a refusal rendered at the form's POST address) would switch
 * to that address, which answers only POST; its language links go to the page the form
 * was on instead (the request's same-site Referer, without its query).
 */
class LanguageSwitchBase implements HandlerInterceptor {

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
            ModelAndView view) {
        if (view == null || !"POST".equals(request.getMethod()) || view.getViewName() == null
                || view.getViewName().startsWith("redirect:")) {
            return;
        }
        String base = formPage(request);
        if (base != null) {
            view.addObject("langBase", base);
        }
    }

    /**
     * The path (below the context path) of the same-site page that sent the form, else
     * null.
     */
    static String formPage(HttpServletRequest request) {
        String referer = request.getHeader("Referer");
        if (referer == null) {
            return null;
        }
        try {
            URI uri = new URI(referer);
            if (uri.getHost() != null && !uri.getHost().equalsIgnoreCase(request.getServerName())) {
                return null;
            }
            String path = uri.getRawPath();
            String context = request.getContextPath();
            if (path == null || !path.startsWith(context + "/")) {
                return null;
            }
            return path.substring(context.length());
        }
        catch (URISyntaxException ex) {
            return null;
        }
    }

}
