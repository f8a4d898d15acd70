package com.pettoyou.documents.inspection;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decodes an uploaded JPEG or PNG and encodes its pixels again, so that the stored file
 * contains nothing but the image: metadata (including GPS positions), comments, extra
 * chunks and any bytes after the image end are dropped. JPEGs are written at quality
 * {@value #JPEG_QUALITY} after applying their EXIF orientation, so that photos taken
 * sideways still display upright. Both steps work in memory, so no plaintext reaches a
 * temporary file.
 * <p>
 * NOTE: the JDK's JPEG decoder does not read CMYK or YCCK JPEGs, which some scanners and
 * print tools write, so such files are rejected as undecodable.
 */
final class ImageReencoder {

	static final float JPEG_QUALITY = 0.9f;

	private static final Logger log = LoggerFactory.getLogger(ImageReencoder.class);

	private final long maxPixels;

	ImageReencoder(long maxPixels) {
		this.maxPixels = maxPixels;
	}

	/**
	 * Returns the re-encoded image.
	 * @throws UploadRejectedException if the content does not decode as the type or has
	 * more pixels than allowed
	 */
	byte[] reencode(byte[] content, DocumentType type) {
		DecodedImage decoded = decode(content, type);
		if (type == DocumentType.JPEG) {
			return encodeJpeg(ExifOrientation.apply(decoded.image(), decoded.orientation()));
		}
		return encodePng(decoded.image());
	}

	private DecodedImage decode(byte[] content, DocumentType type) {
		ImageReader reader = ImageIO.getImageReadersByFormatName(formatName(type)).next();
		try (ImageInputStream input = new MemoryCacheImageInputStream(new ByteArrayInputStream(content))) {
			reader.setInput(input, true, true);
			long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
			if (pixels > maxPixels) {
				throw new UploadRejectedException(RejectionReason.IMAGE_TOO_LARGE);
			}
			int orientation = (type == DocumentType.JPEG) ? ExifOrientation.read(content) : ExifOrientation.NORMAL;
			return new DecodedImage(reader.read(0), orientation);
		}
		catch (UploadRejectedException ex) {
			throw ex;
		}
		catch (IOException | RuntimeException ex) {
			// Decoders throw IOException or unchecked exceptions on malformed input.
			log.atDebug().setCause(ex).log("Decoding an uploaded image failed");
			throw new UploadRejectedException(RejectionReason.UNDECODABLE_IMAGE);
		}
		finally {
			reader.dispose();
		}
	}

	private static byte[] encodeJpeg(BufferedImage image) {
		BufferedImage opaque = withType(image, isJpegWritable(image) ? image.getType() : BufferedImage.TYPE_INT_RGB);
		ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
		ImageWriteParam parameters = writer.getDefaultWriteParam();
		parameters.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
		parameters.setCompressionQuality(JPEG_QUALITY);
		return write(writer, opaque, parameters);
	}

	private static byte[] encodePng(BufferedImage image) {
		ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
		boolean writable = writer.getOriginatingProvider().canEncodeImage(image);
		return write(writer, writable ? image : withType(image, BufferedImage.TYPE_INT_ARGB), null);
	}

	private static byte[] write(ImageWriter writer, BufferedImage image, ImageWriteParam parameters) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ImageOutputStream output = new MemoryCacheImageOutputStream(bytes)) {
			writer.setOutput(output);
			writer.write(null, new IIOImage(image, null, null), parameters);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Encoding an uploaded image failed", ex);
		}
		finally {
			writer.dispose();
		}
		return bytes.toByteArray();
	}

	private static boolean isJpegWritable(BufferedImage image) {
		int type = image.getType();
		return type == BufferedImage.TYPE_3BYTE_BGR || type == BufferedImage.TYPE_INT_RGB
				|| type == BufferedImage.TYPE_BYTE_GRAY;
	}

	/**
	 * Returns the image itself when it has the type, or else a copy drawn in that type.
	 */
	static BufferedImage withType(BufferedImage image, int type) {
		if (image.getType() == type) {
			return image;
		}
		BufferedImage copy = new BufferedImage(image.getWidth(), image.getHeight(), type);
		Graphics2D graphics = copy.createGraphics();
		try {
			graphics.drawImage(image, 0, 0, null);
		}
		finally {
			graphics.dispose();
		}
		return copy;
	}

	private static String formatName(DocumentType type) {
		return switch (type) {
			case JPEG -> "jpeg";
			case PNG -> "png";
			case PDF -> throw new IllegalArgumentException("A PDF is not an image");
		};
	}

	private record DecodedImage(BufferedImage image, int orientation) {
	}

}
