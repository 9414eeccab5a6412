package org.urgentaction.staff;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The loop accepts exactly what Spring Security's expressions accept, for every code
 * point alone and for strings that mix them.
 */
class HeaderCharactersTests {

	private static final Pattern NAME = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");

	private static final Pattern VALUE = Pattern.compile("[\\p{IsAssigned}&&[[^\\p{IsControl}]||\\t]]*");

	@Test
	void everyCodePointIsJudgedAsTheFirewallsExpressionJudgesIt() {
		for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
			String s = new String(Character.toChars(c));
			assertThat(HeaderCharacters.NAME.test(s)).as("name U+%04X", c).isEqualTo(NAME.matcher(s).matches());
			assertThat(HeaderCharacters.VALUE.test(s)).as("value U+%04X", c).isEqualTo(VALUE.matcher(s).matches());
		}
	}

	@Test
	void mixedStringsAreJudgedAsTheFirewallsExpressionJudgesThem() {
		List<String> samples = List.of("", "Content-Type", "application/json; charset=UTF-8", "a\tb", "a\nb",
				"caf\u00e9 \u0416", "\ud83d\ude00 ok", "lone \ud800 surrogate", "x\u0378y", "\u0085", "tab\t",
				"del\u007f", "bell\u0007");
		for (String s : samples) {
			assertThat(HeaderCharacters.NAME.test(s)).as("name %s", s).isEqualTo(NAME.matcher(s).matches());
			assertThat(HeaderCharacters.VALUE.test(s)).as("value %s", s).isEqualTo(VALUE.matcher(s).matches());
		}
		assertThat(HeaderCharacters.VALUE.test("a\tb")).isTrue();
		assertThat(HeaderCharacters.NAME.test("a\tb")).isFalse();
		assertThat(HeaderCharacters.VALUE.test("a\nb")).isFalse();
	}

}
