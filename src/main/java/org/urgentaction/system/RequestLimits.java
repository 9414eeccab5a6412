package org.urgentaction.system;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * What any request may send, checked before anything reads it. Each key is described in
 * {@code application.properties}.
 */
@ConfigurationProperties("ua.web")
public record RequestLimits(@DefaultValue("1MB") DataSize maxBodySize, @DefaultValue( {
		"/admin/imports", "/api/imports/", "/replies/uas/", "/admin/replies/uas/" }) List<String> uploadPaths,
		@DefaultValue("255") int maxIndex){
}
