package io.recoverydesk.kernel.web;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Chinese first, English on request (?lang=en, remembered in a cookie); the one Clock of
 * the app.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("rd_lang");
        resolver.setDefaultLocale(Locale.SIMPLIFIED_CHINESE);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
        registry.addInterceptor(new LanguageSwitchBase()).excludePathPatterns("/api/**");
    }

    @Bean
    @ConditionalOnMissingBean
    Clock clock(@org.springframework.beans.factory.annotation.Value("${rd.clock-offset:0s}") Duration offset) {
        if (offset.isZero()) {
            return Clock.systemUTC();
        }
        // training and benchmark environments only: contact hours are real hours, so a
        // benchmark started at night shifts the clock into the working day
        org.slf4j.LoggerFactory.getLogger(WebConfiguration.class)
            .warn("The clock runs {} ahead of real time (rd.clock-offset); never set this in production", offset);
        return Clock.offset(Clock.systemUTC(), offset);
    }

}
