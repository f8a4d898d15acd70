package com.pettoyou.documents.inspection;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The EXIF orientation tag (0x0112) of a JPEG: how the stored pixels must be turned for
 * upright display. Values 1 to 8 are defined by the EXIF standard (CIPA DC-008); a
 * missing or unreadable tag counts as 1, meaning no change.
 */
final class ExifOrientation {

	static final int NORMAL = 1;

	private static final int APP1 = 0xE1;

	private static final int FILL = 0xFF;

	private static final int START_OF_SCAN = 0xDA;

	private static final int END_OF_IMAGE = 0xD9;

	private static final byte[] EXIF_HEADER = "Exif\0\0".getBytes(StandardCharsets.ISO_8859_1);

	private static final int ORIENTATION_TAG = 0x0112;

	private ExifOrientation() {
	}

	/**
	 * Reads the orientation from the first EXIF segment among the JPEG's marker segments
	 * before the image data; other APP1 segments, such as XMP, are skipped. The JDK's
	 * JPEG metadata reader is not used because it rejects files whose EXIF segment comes
	 * before the JFIF segment, which some cameras write.
	 */
	static int read(byte[] jpeg) {
		int offset = 2;
		while (offset + 4 <= jpeg.length && (jpeg[offset] & 0xFF) == 0xFF) {
			int marker = jpeg[offset + 1] & 0xFF;
			if (marker == FILL) {
				offset++;
				continue;
			}
			if (marker == START_OF_SCAN || marker == END_OF_IMAGE) {
				break;
			}
			int length = ((jpeg[offset + 2] & 0xFF) << 8) | (jpeg[offset + 3] & 0xFF);
			if (length < 2 || offset + 2 + length > jpeg.length) {
				break;
			}
			int data = offset + 4;
			if (marker == APP1 && Arrays.equals(jpeg, data, Math.min(data + EXIF_HEADER.length, jpeg.length),
					EXIF_HEADER, 0, EXIF_HEADER.length)) {
				return fromExifSegment(Arrays.copyOfRange(jpeg, data, offset + 2 + length));
			}
			offset += 2 + length;
		}
		return NORMAL;
	}

	/**
	 * Returns the orientation stored in an APP1 segment, or {@link #NORMAL} when the
	 * segment is not EXIF or has no valid orientation entry in its first directory.
	 */
	static int fromExifSegment(byte[] segment) {
		int tiff = EXIF_HEADER.length;
		if (segment.length < tiff + 8 || !Arrays.equals(segment, 0, tiff, EXIF_HEADER, 0, tiff)) {
			return NORMAL;
		}
		ByteBuffer buffer = ByteBuffer.wrap(segment, tiff, segment.length - tiff).slice();
		buffer.order((segment[tiff] == 'M') ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
		long directory = Integer.toUnsignedLong(buffer.getInt(4));
		if (directory + 2 > buffer.limit()) {
			return NORMAL;
		}
		int entries = Short.toUnsignedInt(buffer.getShort((int) directory));
		for (int i = 0; i < entries; i++) {
			int entry = (int) directory + 2 + 12 * i;
			if (entry + 12 > buffer.limit()) {
				return NORMAL;
			}
			if (Short.toUnsignedInt(buffer.getShort(entry)) == ORIENTATION_TAG) {
				int value = Short.toUnsignedInt(buffer.getShort(entry + 8));
				return (value >= 1 && value <= 8) ? value : NORMAL;
			}
		}
		return NORMAL;
	}

	/** Returns the image turned upright, or the image itself for orientation 1. */
	static BufferedImage apply(BufferedImage image, int orientation) {
		if (orientation == NORMAL) {
			return image;
		}
		int width = image.getWidth();
		int height = image.getHeight();
		boolean swapsSides = orientation >= 5;
		int type = (image.getType() == BufferedImage.TYPE_CUSTOM) ? BufferedImage.TYPE_INT_RGB : image.getType();
		BufferedImage turned = new BufferedImage(swapsSides ? height : width, swapsSides ? width : height, type);
		Graphics2D graphics = turned.createGraphics();
		try {
			graphics.drawImage(image, transform(orientation, width, height), null);
		}
		finally {
			graphics.dispose();
		}
		return turned;
	}

	/**
	 * Returns the transform that maps stored pixels to display pixels for an image of the
	 * given stored size.
	 */
	private static AffineTransform transform(int orientation, int width, int height) {
		return switch (orientation) {
			case 2 -> new AffineTransform(-1, 0, 0, 1, width, 0);
			case 3 -> new AffineTransform(-1, 0, 0, -1, width, height);
			case 4 -> new AffineTransform(1, 0, 0, -1, 0, height);
			case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);
			case 6 -> new AffineTransform(0, 1, -1, 0, height, 0);
			case 7 -> new AffineTransform(0, -1, -1, 0, height, width);
			case 8 -> new AffineTransform(0, -1, 1, 0, 0, width);
			default -> new AffineTransform();
		};
	}

}
