package org.communique.web;

import java.util.Map;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses, on every page, form and API call, a parameter holding what nobody can type: control characters
 * (other than tab and line breaks), Unicode non-characters such as U+FFFE, lone surrogates. Answered with our
 * 400 naming the parameter, before any of it is read or stored: a name or title never carries a NUL into the
 * archive, its feeds or its exports.
 */
@Configuration(proxyBeanMethods = false)
public class TextOnlyParameters implements WebMvcConfigurer, HandlerInterceptor {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            String name = parameter.getKey();
            int at = notTextAt(name);
            if (at >= 0) {
                throw new InvalidParameterException("?", "a parameter's name holds a control character or another"
                        + " character that is not text");
            }
            for (String value : parameter.getValue()) {
                at = value == null ? -1 : notTextAt(value);
                if (at >= 0) {
                    throw new InvalidParameterException(name, name + " holds a control character or another"
                            + " character that is not text (at position " + (at + 1) + ")");
                }
            }
        }
        return true;
    }

    /**
     * Where the first character that is not text stands (control characters other than tab and line breaks,
     * non-characters, lone surrogates), or -1 when there is none.
     */
    public static int notTextAt(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean control = Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r';
            boolean nonCharacter = c == '\uFFFE' || c == '\uFFFF' || (c >= '\uFDD0' && c <= '\uFDEF');
            boolean loneSurrogate;
            if (Character.isHighSurrogate(c)) {
                loneSurrogate = i + 1 >= value.length() || !Character.isLowSurrogate(value.charAt(i + 1));
                if (!loneSurrogate) {
                    i++;
                }
            } else {
                loneSurrogate = Character.isLowSurrogate(c);
            }
            if (control || nonCharacter || loneSurrogate) {
                return i;
            }
        }
        return -1;
    }
}
