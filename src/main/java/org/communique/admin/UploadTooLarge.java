package org.communique.admin;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * An upload over the multipart limits is refused before any controller sees it: the admin gets the upload
 * page again with the limit named, not an error page.
 */
@ControllerAdvice
class UploadTooLarge {

    private final AdminProperties admin;

    UploadTooLarge(AdminProperties admin) {
        this.admin = admin;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge(MaxUploadSizeExceededException e) {
        String limit = admin.uploadLimit().toMegabytes() + " MB";
        return new ModelAndView("admin/upload", HttpStatus.PAYLOAD_TOO_LARGE)
                .addObject("limit", limit)
                .addObject("error", "The upload was refused: a file is larger than the limit of " + limit
                        + " (or all files together are too large). Nothing was saved.");
    }
}
