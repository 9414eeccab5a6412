package org.urgentaction.support;

import java.util.Map;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * BCrypt with the lowest work factor for test applications: the same algorithm and stored
 * format as in production ({@code {bcrypt}$2a$...}), but every password check takes about
 * a millisecond instead of tens, which matters to tests that send hundreds of requests
 * with HTTP Basic. Hashes of other kinds are checked by the production encoder.
 */
@TestConfiguration(proxyBeanMethods = false)
public class QuickPasswordHashing {

	@Bean
	@Primary
	PasswordEncoder quickPasswordEncoder() {
		DelegatingPasswordEncoder encoder = new DelegatingPasswordEncoder("bcrypt",
				Map.of("bcrypt", new BCryptPasswordEncoder(BCryptPasswordEncoder.BCryptVersion.$2A, 4)));
		encoder.setDefaultPasswordEncoderForMatches(PasswordEncoderFactories.createDelegatingPasswordEncoder());
		return encoder;
	}

}
