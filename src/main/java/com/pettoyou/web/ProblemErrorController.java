package com.pettoyou.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Renders the container's error page as problem details, for errors that the servlet
 * container raises itself, such as {@code sendError} calls from outside Spring MVC. It
 * replaces Spring Boot's error controller, whose body can name exceptions. A request for
 * this path that is not an error dispatch gets 404.
 */
@RestController
class ProblemErrorController implements ErrorController {

	@RequestMapping("${server.error.path:/error}")
	ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = (code instanceof Integer value) ? HttpStatus.resolve(value) : null;
		if (status == null || !status.isError()) {
			status = HttpStatus.NOT_FOUND;
		}
		return ResponseEntity.status(status).body(Problems.of(status, Problems.codeOf(status), request));
	}

}
