package io.drillbook.topology;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Turns an upload over the size limit into a message on the import page instead of an
 * error page.
 */
@ControllerAdvice
class UploadLimits {

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	String tooLarge(RedirectAttributes redirect) {
		redirect.addFlashAttribute("flashError", "The file is larger than the import limit of "
				+ EnvironmentFileCodec.MAX_BYTES / (1024 * 1024) + " MB; nothing was imported.");
		return "redirect:/environments/import";
	}

}
