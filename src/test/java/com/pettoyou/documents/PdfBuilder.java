package com.pettoyou.documents;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;

/**
 * Writes small, well-formed PDFs by hand: a catalog, one page with a line of text, any
 * extra objects, a cross-reference table and a trailer. Objects 1 to 5 are the catalog,
 * the page tree, the page, its content stream and its font, so extra objects are numbered
 * from 6 in the order they are added.
 */
public final class PdfBuilder {

	private String text = "Receipt";

	private String catalogEntries = "";

	private String trailerEntries = "";

	private final List<byte[]> extraObjects = new ArrayList<>();

	private byte[] afterEndOfFile = new byte[0];

	/** Sets the text shown on the page, an ASCII string without parentheses. */
	public PdfBuilder pageText(String text) {
		this.text = text;
		return this;
	}

	/** Adds entries, such as {@code /OpenAction [3 0 R /Fit]}, to the catalog. */
	public PdfBuilder catalog(String entries) {
		this.catalogEntries = entries;
		return this;
	}

	/** Adds entries, such as {@code /Encrypt 6 0 R}, to the trailer dictionary. */
	public PdfBuilder trailer(String entries) {
		this.trailerEntries = entries;
		return this;
	}

	/** Adds an object whose body is the given PDF syntax. */
	public PdfBuilder object(String body) {
		extraObjects.add(ascii(body));
		return this;
	}

	/** Adds a stream object with the dictionary entries, its length and the data. */
	public PdfBuilder stream(String entries, byte[] data) {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(ascii("<< " + entries + " /Length " + data.length + " >>\nstream\n"));
		body.writeBytes(data);
		body.writeBytes(ascii("\nendstream"));
		extraObjects.add(body.toByteArray());
		return this;
	}

	/**
	 * Adds an object stream that contains the given objects, numbered from {@code first},
	 * Flate-compressed.
	 */
	public PdfBuilder objectStream(int first, String... bodies) {
		StringBuilder offsets = new StringBuilder();
		StringBuilder objects = new StringBuilder();
		for (int i = 0; i < bodies.length; i++) {
			offsets.append(first + i).append(' ').append(objects.length()).append(' ');
			objects.append(bodies[i]).append('\n');
		}
		String content = offsets + objects.toString();
		return stream("/Type /ObjStm /N " + bodies.length + " /First " + offsets.length() + " /Filter /FlateDecode",
				deflate(ascii(content)));
	}

	/** Appends bytes after the final {@code %%EOF} line. */
	public PdfBuilder afterEndOfFile(byte[] bytes) {
		this.afterEndOfFile = bytes;
		return this;
	}

	public byte[] build() {
		String contents = "BT /F1 12 Tf 20 100 Td (" + text + ") Tj ET";
		List<byte[]> objects = new ArrayList<>();
		objects.add(ascii("<< /Type /Catalog /Pages 2 0 R " + catalogEntries + " >>"));
		objects.add(ascii("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"));
		objects.add(ascii("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R"
				+ " /Resources << /Font << /F1 5 0 R >> >> >>"));
		objects.add(ascii("<< /Length " + contents.length() + " >>\nstream\n" + contents + "\nendstream"));
		objects.add(ascii("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"));
		objects.addAll(extraObjects);
		return write(objects);
	}

	/**
	 * Returns a valid PDF of exactly the given size, padded with an uncompressed stream
	 * of zero digits.
	 */
	public static byte[] ofSize(int size) {
		int padding = Math.max(0, size - new PdfBuilder().build().length - 64);
		for (int attempt = 0; attempt < 5; attempt++) {
			byte[] pdf = new PdfBuilder().stream("", ascii("0".repeat(padding))).build();
			if (pdf.length == size) {
				return pdf;
			}
			padding += size - pdf.length;
		}
		throw new IllegalStateException("Could not build a PDF of " + size + " bytes");
	}

	private byte[] write(List<byte[]> objects) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(ascii("%PDF-1.7\n"));
		out.writeBytes(new byte[] { '%', (byte) 0xE2, (byte) 0xE3, (byte) 0xCF, (byte) 0xD3, '\n' });
		long[] offsets = new long[objects.size()];
		for (int i = 0; i < objects.size(); i++) {
			offsets[i] = out.size();
			out.writeBytes(ascii((i + 1) + " 0 obj\n"));
			out.writeBytes(objects.get(i));
			out.writeBytes(ascii("\nendobj\n"));
		}
		long xref = out.size();
		StringBuilder table = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
		for (long offset : offsets) {
			table.append(String.format("%010d 00000 n \n", offset));
		}
		table.append("trailer\n<< /Size ")
			.append(objects.size() + 1)
			.append(" /Root 1 0 R ")
			.append(trailerEntries)
			.append(" >>\nstartxref\n")
			.append(xref)
			.append("\n%%EOF\n");
		out.writeBytes(ascii(table.toString()));
		out.writeBytes(afterEndOfFile);
		return out.toByteArray();
	}

	private static byte[] deflate(byte[] data) {
		Deflater deflater = new Deflater();
		deflater.setInput(data);
		deflater.finish();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		byte[] buffer = new byte[1024];
		while (!deflater.finished()) {
			out.write(buffer, 0, deflater.deflate(buffer));
		}
		deflater.end();
		return out.toByteArray();
	}

	private static byte[] ascii(String text) {
		return text.getBytes(StandardCharsets.ISO_8859_1);
	}

}
