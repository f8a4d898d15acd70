package com.pettoyou.documents.inspection;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Rejects PDFs that can run code, act on their own or carry other files when they are
 * viewed. The rule:
 * <ul>
 * <li>The file starts with {@code %PDF-}, and its last {@code %%EOF} marker is followed
 * only by whitespace or NUL bytes, so no second file is appended.</li>
 * <li>A lexer reads the PDF syntax outside stream data, skipping comments and strings,
 * and reads inside object streams after inflating them. Names are compared after decoding
 * their {@code #xx} escapes. The names {@code /JavaScript}, {@code /JS}, {@code /AA},
 * {@code /Launch}, {@code /EmbeddedFile}, {@code /EmbeddedFiles}, {@code /RichMedia},
 * {@code /XFA}, {@code /SubmitForm}, {@code /ImportData}, {@code /GoToE} and
 * {@code /GoToR} reject the file, and so does {@code /OpenAction} unless its value is an
 * inline destination array such as {@code [3 0 R /Fit]}.</li>
 * <li>{@code /Encrypt} rejects the file, because encrypted object streams cannot be
 * inspected.</li>
 * <li>An object stream, recognised by {@code /ObjStm} or {@code /First} in its
 * dictionary, must be uncompressed or use the Flate filter alone, and all object streams
 * together may inflate to at most {@value #MAX_INFLATED_BYTES} bytes.</li>
 * </ul>
 * Page content, image and font streams are not read: they hold drawing data, and the
 * objects that would make them active are found by the names above.
 */
final class PdfInspector {

	/** Upper bound of the inflated object stream bytes of one file. */
	static final int MAX_INFLATED_BYTES = 32 * 1024 * 1024;

	private static final byte[] HEADER = ascii("%PDF-");

	private static final byte[] END_OF_FILE = ascii("%%EOF");

	private static final byte[] END_STREAM = ascii("endstream");

	private static final Set<String> ACTIVE_NAMES = Set.of("JavaScript", "JS", "AA", "Launch", "EmbeddedFile",
			"EmbeddedFiles", "RichMedia", "XFA", "SubmitForm", "ImportData", "GoToE", "GoToR");

	private static final Set<String> FLATE = Set.of("FlateDecode", "Fl");

	private static final Set<String> OTHER_FILTERS = Set.of("ASCIIHexDecode", "AHx", "ASCII85Decode", "A85",
			"LZWDecode", "LZW", "RunLengthDecode", "RL", "CCITTFaxDecode", "CCF", "DCTDecode", "DCT", "JBIG2Decode",
			"JPXDecode", "Crypt");

	private PdfInspector() {
	}

	/**
	 * Checks a PDF.
	 * @throws UploadRejectedException if the file breaks the rule
	 */
	static void inspect(byte[] pdf) {
		if (!Arrays.equals(pdf, 0, Math.min(pdf.length, HEADER.length), HEADER, 0, HEADER.length)) {
			throw new UploadRejectedException(RejectionReason.PDF_MALFORMED);
		}
		checkNothingAfterEndOfFile(pdf);
		new Lexer(pdf, pdf.length, true, new InflationBudget()).run();
	}

	private static void checkNothingAfterEndOfFile(byte[] pdf) {
		int marker = lastIndexOf(pdf, END_OF_FILE);
		if (marker < 0) {
			throw new UploadRejectedException(RejectionReason.PDF_MALFORMED);
		}
		for (int i = marker + END_OF_FILE.length; i < pdf.length; i++) {
			if (!isWhitespace(pdf[i])) {
				throw new UploadRejectedException(RejectionReason.PDF_TRAILING_DATA);
			}
		}
	}

	/**
	 * Walks the tokens of one byte range: the whole file, or the inflated content of an
	 * object stream. Only names and the keywords {@code obj}, {@code endobj} and
	 * {@code stream} matter, so numbers, strings and comments are skipped.
	 */
	private static final class Lexer {

		private final byte[] data;

		private final int end;

		private final boolean topLevel;

		private final InflationBudget inflationBudget;

		/** Names seen since the current object began, to classify its stream. */
		private final Set<String> objectNames = new HashSet<>();

		private int position;

		Lexer(byte[] data, int end, boolean topLevel, InflationBudget inflationBudget) {
			this.data = data;
			this.end = end;
			this.topLevel = topLevel;
			this.inflationBudget = inflationBudget;
		}

		void run() {
			while (position < end) {
				byte current = data[position];
				if (isWhitespace(current)) {
					position++;
				}
				else if (current == '%') {
					position = skipComment(position);
				}
				else if (current == '(') {
					position = skipLiteralString(position);
				}
				else if (current == '<') {
					position = (position + 1 < end && data[position + 1] == '<') ? position + 2
							: skipHexString(position);
				}
				else if (current == '/') {
					readName();
				}
				else if (isDelimiter(current)) {
					position++;
				}
				else {
					readKeyword();
				}
			}
		}

		private void readName() {
			StringBuilder name = new StringBuilder();
			int i = position + 1;
			while (i < end && isRegular(data[i])) {
				if (data[i] == '#' && i + 2 < end && isHex(data[i + 1]) && isHex(data[i + 2])) {
					name.append((char) Integer.parseInt(new String(data, i + 1, 2, StandardCharsets.US_ASCII), 16));
					i += 3;
				}
				else {
					name.append((char) (data[i] & 0xFF));
					i++;
				}
			}
			position = i;
			checkName(name.toString());
			objectNames.add(name.toString());
		}

		private void checkName(String name) {
			if (ACTIVE_NAMES.contains(name)) {
				throw new UploadRejectedException(RejectionReason.PDF_ACTIVE_CONTENT);
			}
			if (name.equals("Encrypt")) {
				throw new UploadRejectedException(RejectionReason.PDF_ENCRYPTED);
			}
			if (name.equals("OpenAction") && !nextTokenStartsArray()) {
				throw new UploadRejectedException(RejectionReason.PDF_ACTIVE_CONTENT);
			}
		}

		private boolean nextTokenStartsArray() {
			int i = position;
			while (i < end && (isWhitespace(data[i]) || data[i] == '%')) {
				i = (data[i] == '%') ? skipComment(i) : i + 1;
			}
			return i < end && data[i] == '[';
		}

		private void readKeyword() {
			int start = position;
			while (position < end && isRegular(data[position])) {
				position++;
			}
			String keyword = new String(data, start, position - start, StandardCharsets.ISO_8859_1);
			if (keyword.equals("obj") || keyword.equals("endobj")) {
				objectNames.clear();
			}
			else if (keyword.equals("stream") && topLevel) {
				readStream();
				objectNames.clear();
			}
		}

		/**
		 * Skips the data of a stream up to the next {@code endstream}, and lexes it when
		 * it is an object stream. Searching for {@code endstream} rather than trusting
		 * {@code /Length} means a wrong length cannot hide syntax inside stream data.
		 */
		private void readStream() {
			int dataStart = position;
			if (dataStart < end && data[dataStart] == '\r') {
				dataStart++;
			}
			if (dataStart < end && data[dataStart] == '\n') {
				dataStart++;
			}
			int dataEnd = indexOf(data, END_STREAM, dataStart, end);
			if (dataEnd < 0) {
				throw new UploadRejectedException(RejectionReason.PDF_MALFORMED);
			}
			if (objectNames.contains("ObjStm") || objectNames.contains("First")) {
				byte[] content = decode(dataStart, dataEnd);
				new Lexer(content, content.length, false, inflationBudget).run();
			}
			position = dataEnd + END_STREAM.length;
		}

		private byte[] decode(int from, int to) {
			if (objectNames.stream().anyMatch(OTHER_FILTERS::contains)) {
				throw new UploadRejectedException(RejectionReason.PDF_UNSUPPORTED_FILTER);
			}
			if (objectNames.stream().anyMatch(FLATE::contains)) {
				return inflate(from, to);
			}
			return Arrays.copyOfRange(data, from, to);
		}

		private byte[] inflate(int from, int to) {
			Inflater inflater = new Inflater();
			try {
				inflater.setInput(data, from, to - from);
				ByteArrayOutputStream out = new ByteArrayOutputStream();
				byte[] buffer = new byte[8192];
				while (!inflater.finished()) {
					int count = inflater.inflate(buffer);
					if (count == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
						throw new UploadRejectedException(RejectionReason.PDF_MALFORMED);
					}
					inflationBudget.spend(count);
					out.write(buffer, 0, count);
				}
				return out.toByteArray();
			}
			catch (DataFormatException ex) {
				throw new UploadRejectedException(RejectionReason.PDF_MALFORMED);
			}
			finally {
				inflater.end();
			}
		}

		private int skipComment(int from) {
			int i = from;
			while (i < end && data[i] != '\r' && data[i] != '\n') {
				i++;
			}
			return i;
		}

		/** Skips a literal string with balanced parentheses and backslash escapes. */
		private int skipLiteralString(int from) {
			int depth = 0;
			for (int i = from; i < end; i++) {
				byte current = data[i];
				if (current == '\\') {
					i++;
				}
				else if (current == '(') {
					depth++;
				}
				else if (current == ')' && --depth == 0) {
					return i + 1;
				}
			}
			throw new UploadRejectedException(RejectionReason.PDF_MALFORMED);
		}

		private int skipHexString(int from) {
			for (int i = from + 1; i < end; i++) {
				if (data[i] == '>') {
					return i + 1;
				}
			}
			throw new UploadRejectedException(RejectionReason.PDF_MALFORMED);
		}

	}

	/** The inflated bytes still allowed, shared by the lexers of one file. */
	private static final class InflationBudget {

		private long remaining = MAX_INFLATED_BYTES;

		void spend(int bytes) {
			remaining -= bytes;
			if (remaining < 0) {
				throw new UploadRejectedException(RejectionReason.PDF_INFLATION_LIMIT);
			}
		}

	}

	/**
	 * Returns whether a byte is PDF whitespace: NUL, tab, line feed, form feed, carriage
	 * return or space.
	 */
	private static boolean isWhitespace(byte value) {
		return value == 0 || value == '\t' || value == '\n' || value == '\f' || value == '\r' || value == ' ';
	}

	private static boolean isDelimiter(byte value) {
		return value == '(' || value == ')' || value == '<' || value == '>' || value == '[' || value == ']'
				|| value == '{' || value == '}' || value == '/' || value == '%';
	}

	private static boolean isRegular(byte value) {
		return !isWhitespace(value) && !isDelimiter(value);
	}

	private static boolean isHex(byte value) {
		return (value >= '0' && value <= '9') || (value >= 'a' && value <= 'f') || (value >= 'A' && value <= 'F');
	}

	private static int indexOf(byte[] data, byte[] needle, int from, int to) {
		for (int i = from; i + needle.length <= to; i++) {
			if (Arrays.equals(data, i, i + needle.length, needle, 0, needle.length)) {
				return i;
			}
		}
		return -1;
	}

	private static int lastIndexOf(byte[] data, byte[] needle) {
		for (int i = data.length - needle.length; i >= 0; i--) {
			if (Arrays.equals(data, i, i + needle.length, needle, 0, needle.length)) {
				return i;
			}
		}
		return -1;
	}

	private static byte[] ascii(String text) {
		return text.getBytes(StandardCharsets.US_ASCII);
	}

}
