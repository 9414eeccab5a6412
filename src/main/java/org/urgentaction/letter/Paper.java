package org.urgentaction.letter;

/**
 * Paper sizes, each with the place of the recipient's address for its usual window
 * envelope.
 * <ul>
 * <li>A4: DIN 5008 form B, fitting C5/6 and DL window envelopes: the address field starts
 * 45 mm from the top and 25 mm from the left, 85 mm wide and 45 mm high, of which the
 * first 17.7 mm hold the return address and the last 27.3 mm the recipient. The sender
 * and date stand in the information block 125 mm from the left edge.</li>
 * <li>US Letter: folded in three for a standard #10 window envelope (window 4.5 by 1.125
 * inches, 7/8 inch from the left): the recipient starts 2 inches from the top and 1 inch
 * from the left.</li>
 * </ul>
 * Lengths are CSS lengths.
 */
public enum Paper {

	A4("A4", "20mm", "25mm", "17.7mm", "27.3mm", "25mm", "20mm", "85mm", "15mm", "65mm"),

	LETTER("letter", "0.75in", "0.75in", "0.5in", "1.125in", "1in", "0.75in", "3.5in", "0.75in", "2.5in");

	final String cssSize;

	final String marginTop;

	/** From the top margin to the address field on a letter's first page. */
	final String addressFieldOffset;

	/** The return address zone at the top of the address field. */
	final String returnZone;

	/** The recipient zone below it: what the window shows. */
	final String recipientZone;

	final String marginLeft;

	final String marginRight;

	final String addressWidth;

	/** Between the address field and the information block (sender, date). */
	final String gap;

	final String infoWidth;

	Paper(String cssSize, String marginTop, String addressFieldOffset, String returnZone, String recipientZone,
			String marginLeft, String marginRight, String addressWidth, String gap, String infoWidth) {
		this.cssSize = cssSize;
		this.marginTop = marginTop;
		this.addressFieldOffset = addressFieldOffset;
		this.returnZone = returnZone;
		this.recipientZone = recipientZone;
		this.marginLeft = marginLeft;
		this.marginRight = marginRight;
		this.addressWidth = addressWidth;
		this.gap = gap;
		this.infoWidth = infoWidth;
	}

	/**
	 * US Letter where people use it (the United States, Canada, Mexico and a few
	 * countries of the Americas, the Philippines), A4 everywhere else.
	 */
	public static Paper usualIn(String countryCode) {
		return switch (countryCode == null ? "" : countryCode.toUpperCase(java.util.Locale.ROOT)) {
			case "US", "CA", "MX", "PH", "CL", "CO", "VE", "GT", "CR", "PA", "DO", "PR", "SV", "NI" -> LETTER;
			default -> A4;
		};
	}

}
