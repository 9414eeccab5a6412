package org.urgentaction.system;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every page's layout needs.
 */
@ControllerAdvice
class GlobalModel {

	private final AppProperties properties;

	GlobalModel(AppProperties properties) {
		this.properties = properties;
	}

	@ModelAttribute("siteName")
	String siteName() {
		return properties.site().name();
	}

}
