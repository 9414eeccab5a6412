package org.urgentaction.section;

import java.net.URI;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.urgentaction.system.Actor;

/**
 * {@code /api/sections}: anyone reads them, administrators change them (see
 * {@code docs/api.md}).
 */
@RestController
@RequestMapping("/api/sections")
class SectionApiController {

	private final Sections sections;

	SectionApiController(Sections sections) {
		this.sections = sections;
	}

	@GetMapping
	List<Section> list() {
		return sections.all();
	}

	@GetMapping("/{code}")
	Section one(@PathVariable String code) {
		return sections.get(code);
	}

	@PostMapping
	ResponseEntity<Section> create(@RequestBody Section body, Authentication authentication) {
		Section created = sections.create(body, Actor.name(authentication));
		return ResponseEntity.created(URI.create("/api/sections/" + created.code())).body(created);
	}

	@PutMapping("/{code}")
	Section update(@PathVariable String code, @RequestBody Section body, Authentication authentication) {
		return sections.update(code, body, Actor.name(authentication));
	}

	@DeleteMapping("/{code}")
	ResponseEntity<Void> delete(@PathVariable String code, Authentication authentication) {
		sections.delete(code, Actor.name(authentication));
		return ResponseEntity.noContent().build();
	}

}
