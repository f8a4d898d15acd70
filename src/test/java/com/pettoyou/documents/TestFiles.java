package com.pettoyou.documents;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

/**
 * Small real files for upload tests: images drawn and encoded with {@code javax.imageio},
 * and hand-made variants that add metadata, comments or foreign content.
 */
public final class TestFiles {

	private TestFiles() {
	}

	/** Returns a PNG of the given size with a colour gradient and a dark square. */
	public static byte[] png(int width, int height) {
		return encode(drawing(width, height, BufferedImage.TYPE_INT_RGB), "png");
	}

	/**
	 * Returns a baseline JPEG of the given size with a colour gradient and a dark square.
	 */
	public static byte[] jpeg(int width, int height) {
		return encode(drawing(width, height, BufferedImage.TYPE_3BYTE_BGR), "jpeg");
	}

	/** Returns a one-page PDF that shows the text. */
	public static byte[] pdf(String text) {
		return new PdfBuilder().pageText(text).build();
	}

	/**
	 * Returns the PNG with a {@code tEXt} chunk placed right after the header chunk.
	 * @param keyword the Latin-1 keyword, such as {@code Author}
	 * @param text the Latin-1 text
	 */
	public static byte[] withPngText(byte[] png, String keyword, String text) {
		byte[] data = (keyword + "\0" + text).getBytes(StandardCharsets.ISO_8859_1);
		int afterHeader = 8 + 4 + 4 + 13 + 4;
		return insert(png, afterHeader, pngChunk("tEXt", data));
	}

	/** Returns the JPEG with a comment segment (COM) right after the start marker. */
	public static byte[] withJpegComment(byte[] jpeg, String comment) {
		byte[] text = comment.getBytes(StandardCharsets.ISO_8859_1);
		return insert(jpeg, 2, jpegSegment(0xFE, text));
	}

	/**
	 * Returns the JPEG with an EXIF segment (APP1) right after the start marker that
	 * contains the orientation tag and, in an ASCII artist tag, the given text.
	 */
	public static byte[] withExif(byte[] jpeg, int orientation, String artist) {
		byte[] artistBytes = (artist + "\0").getBytes(StandardCharsets.US_ASCII);
		int directoryLength = 2 + 2 * 12 + 4;
		ByteBuffer tiff = ByteBuffer.allocate(8 + directoryLength + artistBytes.length).order(ByteOrder.LITTLE_ENDIAN);
		tiff.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8);
		tiff.putShort((short) 2);
		tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
		tiff.putShort((short) 0x013B).putShort((short) 2).putInt(artistBytes.length).putInt(8 + directoryLength);
		tiff.putInt(0);
		tiff.put(artistBytes);
		byte[] exif = concat("Exif\0\0".getBytes(StandardCharsets.US_ASCII), tiff.array());
		return insert(jpeg, 2, jpegSegment(0xE1, exif));
	}

	/**
	 * Returns a PNG signature and a header chunk for an RGB image of that size, without
	 * pixel data, as a decompression bomb would start.
	 */
	public static byte[] pngHeaderOnly(int width, int height) {
		byte[] header = ByteBuffer.allocate(13).putInt(width).putInt(height).put(new byte[] { 8, 2, 0, 0, 0 }).array();
		byte[] signature = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };
		return concat(signature, pngChunk("IHDR", header));
	}

	/** Returns the bytes followed by the text in UTF-8. */
	public static byte[] followedBy(byte[] content, String text) {
		return concat(content, text.getBytes(StandardCharsets.UTF_8));
	}

	/** Returns the text's UTF-8 bytes. */
	public static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	/** Returns whether the needle occurs in the haystack. */
	public static boolean contains(byte[] haystack, byte[] needle) {
		outer: for (int i = 0; i + needle.length <= haystack.length; i++) {
			for (int j = 0; j < needle.length; j++) {
				if (haystack[i + j] != needle[j]) {
					continue outer;
				}
			}
			return true;
		}
		return false;
	}

	static byte[] concat(byte[] first, byte[] second) {
		byte[] result = new byte[first.length + second.length];
		System.arraycopy(first, 0, result, 0, first.length);
		System.arraycopy(second, 0, result, first.length, second.length);
		return result;
	}

	private static BufferedImage drawing(int width, int height, int type) {
		BufferedImage image = new BufferedImage(width, height, type);
		for (int y = 0; y < height; y++) {
			for (int x = 0; x < width; x++) {
				image.setRGB(x, y, new Color((x * 255) / width, (y * 255) / height, 128).getRGB());
			}
		}
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(Color.DARK_GRAY);
		graphics.fillRect(0, 0, Math.max(1, width / 4), Math.max(1, height / 4));
		graphics.dispose();
		return image;
	}

	private static byte[] encode(BufferedImage image, String format) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			if (!ImageIO.write(image, format, out)) {
				throw new IllegalStateException("No image writer for " + format);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static byte[] pngChunk(String type, byte[] data) {
		byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
		CRC32 crc = new CRC32();
		crc.update(typeBytes);
		crc.update(data);
		return ByteBuffer.allocate(12 + data.length)
			.putInt(data.length)
			.put(typeBytes)
			.put(data)
			.putInt((int) crc.getValue())
			.array();
	}

	private static byte[] jpegSegment(int marker, byte[] data) {
		return ByteBuffer.allocate(4 + data.length)
			.put((byte) 0xFF)
			.put((byte) marker)
			.putShort((short) (data.length + 2))
			.put(data)
			.array();
	}

	private static byte[] insert(byte[] content, int offset, byte[] inserted) {
		byte[] result = new byte[content.length + inserted.length];
		System.arraycopy(content, 0, result, 0, offset);
		System.arraycopy(inserted, 0, result, offset, inserted.length);
		System.arraycopy(content, offset, result, offset + inserted.length, content.length - offset);
		return result;
	}

}
