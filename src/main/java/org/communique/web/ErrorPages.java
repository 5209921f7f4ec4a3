package org.communique.web;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The pages' answers to what cannot be found (404) and to parameters that cannot be read (400). */
@ControllerAdvice(annotations = Controller.class)
class ErrorPages {

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(NotFoundException e, Model model) {
        model.addAttribute("message", e.getMessage());
        return "error/404";
    }

    @ExceptionHandler(InvalidParameterException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String badParameter(InvalidParameterException e, Model model) {
        model.addAttribute("message", e.getMessage());
        model.addAttribute("parameter", e.getParameter());
        return "error/400";
    }
}
