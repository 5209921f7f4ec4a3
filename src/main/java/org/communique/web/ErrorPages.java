package org.communique.web;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * The pages' answers to what cannot be found (404) and to parameters that cannot be read (400). A path that
 * does not parse ("/timeline/abc") names no page, so it is not found; a query parameter that does not parse
 * ("?page=x") is a bad request that names the parameter.
 */
@ControllerAdvice(annotations = Controller.class)
class ErrorPages {

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(NotFoundException e, Model model) {
        model.addAttribute("message", e.getMessage());
        model.addAttribute("link", e.getLink());
        model.addAttribute("linkText", e.getLinkText());
        return "error/404";
    }

    @ExceptionHandler(InvalidParameterException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String badParameter(InvalidParameterException e, Model model) {
        model.addAttribute("message", e.getMessage());
        model.addAttribute("parameter", e.getParameter());
        return "error/400";
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView mismatch(MethodArgumentTypeMismatchException e) {
        if (e.getParameter().hasParameterAnnotation(PathVariable.class)) {
            return new ModelAndView("error/404", HttpStatus.NOT_FOUND)
                    .addObject("message", "There is no page at this address.");
        }
        return new ModelAndView("error/400", HttpStatus.BAD_REQUEST)
                .addObject("parameter", e.getName())
                .addObject("message", e.getName() + " cannot be '" + e.getValue() + "'");
    }
}
