package com.pettoyou.documents.inspection;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.stream.Stream;
import java.util.zip.Deflater;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.pettoyou.documents.PdfBuilder;
import com.pettoyou.documents.TestFiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** The upload rule, case by case, without a server. */
class UploadInspectorTest {

	static final String CANARY = "CANARY-metadata-61c4";

	final UploadInspector inspector = new UploadInspector(40_000_000);

	static Stream<Arguments> rejectedUploads() {
		byte[] png = TestFiles.png(32, 24);
		byte[] jpeg = TestFiles.jpeg(32, 24);
		byte[] pdf = TestFiles.pdf("Receipt");
		byte[] svg = TestFiles.utf8("<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\""
				+ " onload=\"alert(1)\"><rect width=\"10\" height=\"10\"/></svg>");
		byte[] html = TestFiles.utf8("<!DOCTYPE html><html><body><script>alert(1)</script></body></html>");
		byte[] pngSignature = Arrays.copyOf(png, 8);
		return Stream.of(arguments("empty file", "scan.pdf", new byte[0], RejectionReason.EMPTY_FILE),
				arguments("svg extension", "drawing.svg", svg, RejectionReason.EXTENSION_NOT_ALLOWED),
				arguments("html extension", "page.html", html, RejectionReason.EXTENSION_NOT_ALLOWED),
				arguments("script extension", "run.js", TestFiles.utf8("alert(1)"),
						RejectionReason.EXTENSION_NOT_ALLOWED),
				arguments("double extension", "scan.pdf.exe", pdf, RejectionReason.EXTENSION_NOT_ALLOWED),
				arguments("no extension", "scan", pdf, RejectionReason.EXTENSION_NOT_ALLOWED),
				arguments("png named jpg", "photo.jpg", png, RejectionReason.TYPE_MISMATCH),
				arguments("jpeg named png", "photo.png", jpeg, RejectionReason.TYPE_MISMATCH),
				arguments("pdf named png", "scan.png", pdf, RejectionReason.TYPE_MISMATCH),
				arguments("svg named png", "photo.png", svg, RejectionReason.DISGUISED_CONTENT),
				arguments("svg named jpg", "photo.jpg", svg, RejectionReason.DISGUISED_CONTENT),
				arguments("html named jpg", "photo.jpg", html, RejectionReason.DISGUISED_CONTENT),
				arguments("html named pdf", "scan.pdf", html, RejectionReason.DISGUISED_CONTENT),
				arguments("script named pdf", "scan.pdf", TestFiles.utf8("<script>alert(1)</script>"),
						RejectionReason.DISGUISED_CONTENT),
				arguments("djvu named jpg", "photo.jpg", TestFiles.utf8("AT&TFORM\0\0\0\u0020DJVUINFO\0\0\0\n"),
						RejectionReason.DISGUISED_CONTENT),
				arguments("gif named png", "photo.png", TestFiles.utf8("GIF89a\1\0\1\0\0\0\0;"),
						RejectionReason.DISGUISED_CONTENT),
				arguments("zip named pdf", "scan.pdf", TestFiles.utf8("PK\3\4\24\0\0\0\0\0"),
						RejectionReason.DISGUISED_CONTENT),
				arguments("png signature then script", "photo.png",
						TestFiles.followedBy(pngSignature, "<script>alert(1)</script>"),
						RejectionReason.EMBEDDED_MARKUP),
				arguments("png signature then html", "photo.png",
						TestFiles.followedBy(pngSignature, "<html><body>hi</body></html>"),
						RejectionReason.EMBEDDED_MARKUP),
				arguments("png with svg appended", "photo.png",
						TestFiles.followedBy(png, "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>"),
						RejectionReason.EMBEDDED_MARKUP),
				arguments("png with script in text chunk", "photo.png",
						TestFiles.withPngText(png, "Comment", "<SCRIPT>alert(1)</SCRIPT>"),
						RejectionReason.EMBEDDED_MARKUP),
				arguments("jpeg with html comment", "photo.jpg",
						TestFiles.withJpegComment(jpeg, "<html><script>alert(1)</script>"),
						RejectionReason.EMBEDDED_MARKUP),
				arguments("pdf header then html", "scan.pdf",
						TestFiles.utf8("%PDF-1.4\n<html><script>alert(1)</script></html>\n%%EOF\n"),
						RejectionReason.EMBEDDED_MARKUP),
				arguments("pdf with javascript uri", "scan.pdf",
						new PdfBuilder().object("<< /S /URI /URI (javascript:alert(1)) >>").build(),
						RejectionReason.EMBEDDED_MARKUP),
				arguments("pdf with svg after end", "scan.pdf",
						new PdfBuilder().afterEndOfFile(TestFiles.utf8("<svg onload=alert(1)>")).build(),
						RejectionReason.EMBEDDED_MARKUP),
				arguments("pdf opening javascript", "scan.pdf",
						new PdfBuilder().catalog("/OpenAction << /S /JavaScript /JS (app.alert(1)) >>").build(),
						RejectionReason.PDF_ACTIVE_CONTENT),
				arguments("pdf opening referenced action", "scan.pdf",
						new PdfBuilder().catalog("/OpenAction 6 0 R").object("<< /S /GoTo /D [3 0 R /Fit] >>").build(),
						RejectionReason.PDF_ACTIVE_CONTENT),
				arguments("pdf launch action", "scan.pdf",
						new PdfBuilder().object("<< /S /Launch /F (cmd.exe) >>").build(),
						RejectionReason.PDF_ACTIVE_CONTENT),
				arguments("pdf escaped javascript name", "scan.pdf",
						new PdfBuilder().object("<< /S /J#61vaScript /#4A#53 (app.alert(1)) >>").build(),
						RejectionReason.PDF_ACTIVE_CONTENT),
				arguments("pdf javascript name tree", "scan.pdf",
						new PdfBuilder().catalog("/Names << /JavaScript 6 0 R >>").object("<< /Names [] >>").build(),
						RejectionReason.PDF_ACTIVE_CONTENT),
				arguments("pdf additional actions", "scan.pdf",
						new PdfBuilder().object("<< /Type /Annot /AA << >> >>").build(),
						RejectionReason.PDF_ACTIVE_CONTENT),
				arguments("pdf embedded file", "scan.pdf",
						new PdfBuilder().stream("/Type /EmbeddedFile", TestFiles.utf8("MZ")).build(),
						RejectionReason.PDF_ACTIVE_CONTENT),
				arguments("pdf remote go-to", "scan.pdf",
						new PdfBuilder().object("<< /S /GoToR /F (\\\\\\\\host\\\\share\\\\a.pdf) >>").build(),
						RejectionReason.PDF_ACTIVE_CONTENT),
				arguments("pdf xfa form", "scan.pdf",
						new PdfBuilder().catalog("/AcroForm << /XFA 6 0 R >>").object("[]").build(),
						RejectionReason.PDF_ACTIVE_CONTENT),
				arguments("pdf submit form", "scan.pdf",
						new PdfBuilder().object("<< /S /SubmitForm /F (https://example.test) >>").build(),
						RejectionReason.PDF_ACTIVE_CONTENT),
				arguments("pdf javascript in object stream", "scan.pdf",
						new PdfBuilder().objectStream(7, "<< /S /JavaScript /JS (app.alert(1)) >>").build(),
						RejectionReason.PDF_ACTIVE_CONTENT),
				arguments("pdf object stream without type", "scan.pdf",
						new PdfBuilder().stream("/N 1 /First 4", TestFiles.utf8("7 0 << /S /Launch /F (cmd.exe) >>"))
							.build(),
						RejectionReason.PDF_ACTIVE_CONTENT),
				arguments("pdf encrypted", "scan.pdf",
						new PdfBuilder().trailer("/Encrypt 6 0 R").object("<< /Filter /Standard /V 2 >>").build(),
						RejectionReason.PDF_ENCRYPTED),
				arguments("pdf with zip after end", "scan.pdf",
						new PdfBuilder().afterEndOfFile(TestFiles.utf8("PK\3\4\24\0\0\0")).build(),
						RejectionReason.PDF_TRAILING_DATA),
				arguments("pdf without end marker", "scan.pdf", Arrays.copyOf(pdf,
						pdf.length - 7), RejectionReason.PDF_MALFORMED),
				arguments("pdf with unterminated string", "scan.pdf",
						new PdfBuilder().object("<< /Title (open >>").build(), RejectionReason.PDF_MALFORMED),
				arguments("pdf object stream in hex", "scan.pdf",
						new PdfBuilder()
							.stream("/Type /ObjStm /N 1 /First 4 /Filter /ASCIIHexDecode", TestFiles.utf8("373020"))
							.build(),
						RejectionReason.PDF_UNSUPPORTED_FILTER),
				arguments("pdf object stream bomb", "scan.pdf",
						new PdfBuilder()
							.stream("/Type /ObjStm /N 1 /First 4 /Filter /FlateDecode",
									deflate(new byte[PdfInspector.MAX_INFLATED_BYTES + 1]))
							.build(),
						RejectionReason.PDF_INFLATION_LIMIT),
				arguments("png signature only", "photo.png", pngSignature, RejectionReason.UNDECODABLE_IMAGE),
				arguments("truncated jpeg", "photo.jpg", Arrays.copyOf(jpeg, 40), RejectionReason.UNDECODABLE_IMAGE),
				arguments("png claiming huge size", "photo.png", TestFiles.pngHeaderOnly(100_000, 100_000),
						RejectionReason.IMAGE_TOO_LARGE));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("rejectedUploads")
	void rejects(String description, String fileName, byte[] content, RejectionReason expected) {
		assertThatExceptionOfType(UploadRejectedException.class).isThrownBy(() -> inspector.inspect(fileName, content))
			.extracting(UploadRejectedException::reason)
			.isEqualTo(expected);
	}

	@Test
	void pdfIsStoredUnchanged() {
		byte[] pdf = TestFiles.pdf("Invoice 2026-001");

		UploadInspector.InspectedUpload accepted = inspector.inspect("invoice.pdf", pdf);

		assertThat(accepted.type()).isEqualTo(DocumentType.PDF);
		assertThat(accepted.content()).isEqualTo(pdf);
	}

	static Stream<Arguments> acceptedPdfs() {
		byte[] binaryStream = TestFiles.utf8("\u0001/JS (x) /OpenAction << >> /Launch \u00ff");
		return Stream.of(arguments("destination open action", new PdfBuilder().catalog("/OpenAction [3 0 R /Fit]")),
				arguments("active words in a string", new PdfBuilder().pageText("Uses /JavaScript and /Launch")),
				arguments("active words in a comment", new PdfBuilder().object("<< /Kind 1 >> % /JavaScript /AA")),
				arguments("names that only start alike", new PdfBuilder().object("<< /JSX 1 /AAB 2 /Launcher 3 >>")),
				arguments("active words in stream data", new PdfBuilder().stream("/Filter /FlateDecode", binaryStream)),
				arguments("benign object stream", new PdfBuilder().objectStream(7, "<< /Type /Metadata >>", "[1 2 3]")),
				arguments("whitespace after end", new PdfBuilder().afterEndOfFile(new byte[] { '\r', '\n', 0, 0 })),
				arguments("uri link", new PdfBuilder().object("<< /S /URI /URI (https://example.test/a) >>")));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("acceptedPdfs")
	void accepts(String description, PdfBuilder builder) {
		byte[] pdf = builder.build();

		assertThat(inspector.inspect("scan.pdf", pdf).content()).isEqualTo(pdf);
	}

	@Test
	void extensionIsMatchedWithoutCase() {
		assertThat(inspector.inspect("SCAN.PDF", TestFiles.pdf("x")).type()).isEqualTo(DocumentType.PDF);
		assertThat(inspector.inspect("Photo.JPEG", TestFiles.jpeg(8, 8)).type()).isEqualTo(DocumentType.JPEG);
		assertThat(inspector.inspect("photo.Jpg", TestFiles.jpeg(8, 8)).type()).isEqualTo(DocumentType.JPEG);
		assertThat(inspector.inspect("chart.PNG", TestFiles.png(8, 8)).type()).isEqualTo(DocumentType.PNG);
	}

	@Test
	void pngIsReencodedWithoutMetadata() throws IOException {
		byte[] png = TestFiles.withPngText(TestFiles.png(40, 30), "Author", CANARY);

		UploadInspector.InspectedUpload accepted = inspector.inspect("chart.png", png);

		assertThat(accepted.type()).isEqualTo(DocumentType.PNG);
		assertThat(TestFiles.contains(accepted.content(), TestFiles.utf8(CANARY))).isFalse();
		BufferedImage original = ImageIO.read(new ByteArrayInputStream(png));
		BufferedImage stored = ImageIO.read(new ByteArrayInputStream(accepted.content()));
		assertThat(stored.getWidth()).isEqualTo(40);
		assertThat(stored.getHeight()).isEqualTo(30);
		assertThat(stored.getRGB(5, 5)).as("lossless pixel").isEqualTo(original.getRGB(5, 5));
		assertThat(stored.getRGB(39, 29)).as("lossless pixel").isEqualTo(original.getRGB(39, 29));
	}

	@Test
	void pngKeepsTransparency() throws IOException {
		BufferedImage image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_ARGB);
		image.setRGB(1, 1, 0x80FF0000);
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		ImageIO.write(image, "png", out);

		byte[] stored = inspector.inspect("overlay.png", out.toByteArray()).content();

		BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(stored));
		assertThat(decoded.getRGB(1, 1)).isEqualTo(0x80FF0000);
		assertThat(decoded.getRGB(0, 0) >>> 24).as("alpha of an empty pixel").isZero();
	}

	@Test
	void jpegIsReencodedWithoutMetadata() throws IOException {
		byte[] jpeg = TestFiles.withExif(TestFiles.withJpegComment(TestFiles.jpeg(40, 30), CANARY), 1, CANARY);

		UploadInspector.InspectedUpload accepted = inspector.inspect("photo.jpg", jpeg);

		assertThat(accepted.type()).isEqualTo(DocumentType.JPEG);
		assertThat(TestFiles.contains(accepted.content(), TestFiles.utf8(CANARY))).isFalse();
		assertThat(TestFiles.contains(accepted.content(), TestFiles.utf8("Exif"))).isFalse();
		BufferedImage stored = ImageIO.read(new ByteArrayInputStream(accepted.content()));
		assertThat(stored.getWidth()).isEqualTo(40);
		assertThat(stored.getHeight()).isEqualTo(30);
	}

	@Test
	void jpegIsTurnedUprightByExifOrientation() throws IOException {
		byte[] sideways = TestFiles.withExif(TestFiles.jpeg(40, 20), 6, "camera");

		byte[] stored = inspector.inspect("photo.jpg", sideways).content();

		BufferedImage upright = ImageIO.read(new ByteArrayInputStream(stored));
		assertThat(upright.getWidth()).isEqualTo(20);
		assertThat(upright.getHeight()).isEqualTo(40);
		// The dark square drawn at the stored top-left corner ends up at the top right.
		assertThat(brightness(upright.getRGB(17, 2))).isLessThan(brightness(upright.getRGB(2, 37)));
	}

	@Test
	void imageOverPixelLimitIsRejected() {
		UploadInspector small = new UploadInspector(99);

		assertThatExceptionOfType(UploadRejectedException.class)
			.isThrownBy(() -> small.inspect("photo.png", TestFiles.png(10, 10)))
			.extracting(UploadRejectedException::reason)
			.isEqualTo(RejectionReason.IMAGE_TOO_LARGE);
		assertThat(small.inspect("photo.png", TestFiles.png(9, 11)).type()).isEqualTo(DocumentType.PNG);
	}

	@Test
	void suspiciousReasonsAreTheDisguises() {
		assertThat(Arrays.stream(RejectionReason.values()).filter(RejectionReason::suspicious))
			.containsExactlyInAnyOrder(RejectionReason.DISGUISED_CONTENT, RejectionReason.EMBEDDED_MARKUP,
					RejectionReason.PDF_ACTIVE_CONTENT, RejectionReason.PDF_TRAILING_DATA,
					RejectionReason.PDF_INFLATION_LIMIT);
	}

	private static int brightness(int rgb) {
		return ((rgb >> 16) & 0xFF) + ((rgb >> 8) & 0xFF) + (rgb & 0xFF);
	}

	private static byte[] deflate(byte[] data) {
		Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
		deflater.setInput(data);
		deflater.finish();
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		byte[] buffer = new byte[8192];
		while (!deflater.finished()) {
			out.write(buffer, 0, deflater.deflate(buffer));
		}
		deflater.end();
		return out.toByteArray();
	}

}
