import * as $protobuf from "protobufjs/minimal.js";
import Long = require("long");

/** Namespace foxglove. */
export namespace foxglove {

    /**
     * Properties of a RawImage.
     * @deprecated Use foxglove.RawImage.$Properties instead.
     */
    interface IRawImage extends foxglove.RawImage.$Properties {
    }

    /** Represents a RawImage. */
    class RawImage {

        /**
         * Constructs a new RawImage.
         * @param [properties] Properties to set
         */
        constructor(properties?: foxglove.RawImage.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** RawImage timestamp. */
        timestamp?: (google.protobuf.Timestamp.$Properties|null);

        /** RawImage frameId. */
        frameId: string;

        /** RawImage width. */
        width: number;

        /** RawImage height. */
        height: number;

        /** RawImage encoding. */
        encoding: string;

        /** RawImage step. */
        step: number;

        /** RawImage data. */
        data: Uint8Array;

        /**
         * Creates a new RawImage instance using the specified properties.
         * @param [properties] Properties to set
         * @returns RawImage instance
         */
        static create(properties: foxglove.RawImage.$Shape): foxglove.RawImage & foxglove.RawImage.$Shape;
        static create(properties?: foxglove.RawImage.$Properties): foxglove.RawImage;

        /**
         * Encodes the specified RawImage message. Does not implicitly {@link foxglove.RawImage.verify|verify} messages.
         * @param message RawImage message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: foxglove.RawImage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a RawImage message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {foxglove.RawImage & foxglove.RawImage.$Shape} RawImage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): foxglove.RawImage & foxglove.RawImage.$Shape;

        /**
         * Verifies a RawImage message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a RawImage message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns RawImage
         */
        static fromObject(object: { [k: string]: any }): foxglove.RawImage;

        /**
         * Creates a plain object from a RawImage message. Also converts values to other types if specified.
         * @param message RawImage
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: foxglove.RawImage, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this RawImage to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace RawImage {

        /** Properties of a RawImage. */
        interface $Properties {

            /** RawImage timestamp */
            timestamp?: (google.protobuf.Timestamp.$Properties|null);

            /** RawImage frameId */
            frameId?: (string|null);

            /** RawImage width */
            width?: (number|null);

            /** RawImage height */
            height?: (number|null);

            /** RawImage encoding */
            encoding?: (string|null);

            /** RawImage step */
            step?: (number|null);

            /** RawImage data */
            data?: (Uint8Array|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a RawImage. */
        type $Shape = foxglove.RawImage.$Properties;
    }

    /**
     * Properties of a CompressedImage.
     * @deprecated Use foxglove.CompressedImage.$Properties instead.
     */
    interface ICompressedImage extends foxglove.CompressedImage.$Properties {
    }

    /** Represents a CompressedImage. */
    class CompressedImage {

        /**
         * Constructs a new CompressedImage.
         * @param [properties] Properties to set
         */
        constructor(properties?: foxglove.CompressedImage.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** CompressedImage timestamp. */
        timestamp?: (google.protobuf.Timestamp.$Properties|null);

        /** CompressedImage frameId. */
        frameId: string;

        /** CompressedImage data. */
        data: Uint8Array;

        /** CompressedImage format. */
        format: string;

        /**
         * Creates a new CompressedImage instance using the specified properties.
         * @param [properties] Properties to set
         * @returns CompressedImage instance
         */
        static create(properties: foxglove.CompressedImage.$Shape): foxglove.CompressedImage & foxglove.CompressedImage.$Shape;
        static create(properties?: foxglove.CompressedImage.$Properties): foxglove.CompressedImage;

        /**
         * Encodes the specified CompressedImage message. Does not implicitly {@link foxglove.CompressedImage.verify|verify} messages.
         * @param message CompressedImage message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: foxglove.CompressedImage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a CompressedImage message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {foxglove.CompressedImage & foxglove.CompressedImage.$Shape} CompressedImage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): foxglove.CompressedImage & foxglove.CompressedImage.$Shape;

        /**
         * Verifies a CompressedImage message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a CompressedImage message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns CompressedImage
         */
        static fromObject(object: { [k: string]: any }): foxglove.CompressedImage;

        /**
         * Creates a plain object from a CompressedImage message. Also converts values to other types if specified.
         * @param message CompressedImage
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: foxglove.CompressedImage, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this CompressedImage to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace CompressedImage {

        /** Properties of a CompressedImage. */
        interface $Properties {

            /** CompressedImage timestamp */
            timestamp?: (google.protobuf.Timestamp.$Properties|null);

            /** CompressedImage frameId */
            frameId?: (string|null);

            /** CompressedImage data */
            data?: (Uint8Array|null);

            /** CompressedImage format */
            format?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a CompressedImage. */
        type $Shape = foxglove.CompressedImage.$Properties;
    }

    /**
     * Properties of a PoseInFrame.
     * @deprecated Use foxglove.PoseInFrame.$Properties instead.
     */
    interface IPoseInFrame extends foxglove.PoseInFrame.$Properties {
    }

    /** Represents a PoseInFrame. */
    class PoseInFrame {

        /**
         * Constructs a new PoseInFrame.
         * @param [properties] Properties to set
         */
        constructor(properties?: foxglove.PoseInFrame.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** PoseInFrame timestamp. */
        timestamp?: (google.protobuf.Timestamp.$Properties|null);

        /** PoseInFrame frameId. */
        frameId: string;

        /** PoseInFrame pose. */
        pose?: (foxglove.Pose.$Properties|null);

        /**
         * Creates a new PoseInFrame instance using the specified properties.
         * @param [properties] Properties to set
         * @returns PoseInFrame instance
         */
        static create(properties: foxglove.PoseInFrame.$Shape): foxglove.PoseInFrame & foxglove.PoseInFrame.$Shape;
        static create(properties?: foxglove.PoseInFrame.$Properties): foxglove.PoseInFrame;

        /**
         * Encodes the specified PoseInFrame message. Does not implicitly {@link foxglove.PoseInFrame.verify|verify} messages.
         * @param message PoseInFrame message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: foxglove.PoseInFrame.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a PoseInFrame message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {foxglove.PoseInFrame & foxglove.PoseInFrame.$Shape} PoseInFrame
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): foxglove.PoseInFrame & foxglove.PoseInFrame.$Shape;

        /**
         * Verifies a PoseInFrame message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a PoseInFrame message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns PoseInFrame
         */
        static fromObject(object: { [k: string]: any }): foxglove.PoseInFrame;

        /**
         * Creates a plain object from a PoseInFrame message. Also converts values to other types if specified.
         * @param message PoseInFrame
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: foxglove.PoseInFrame, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this PoseInFrame to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace PoseInFrame {

        /** Properties of a PoseInFrame. */
        interface $Properties {

            /** PoseInFrame timestamp */
            timestamp?: (google.protobuf.Timestamp.$Properties|null);

            /** PoseInFrame frameId */
            frameId?: (string|null);

            /** PoseInFrame pose */
            pose?: (foxglove.Pose.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a PoseInFrame. */
        type $Shape = foxglove.PoseInFrame.$Properties;
    }

    /**
     * Properties of a Pose.
     * @deprecated Use foxglove.Pose.$Properties instead.
     */
    interface IPose extends foxglove.Pose.$Properties {
    }

    /** Represents a Pose. */
    class Pose {

        /**
         * Constructs a new Pose.
         * @param [properties] Properties to set
         */
        constructor(properties?: foxglove.Pose.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Pose position. */
        position?: (foxglove.Vector3.$Properties|null);

        /** Pose orientation. */
        orientation?: (foxglove.Quaternion.$Properties|null);

        /**
         * Creates a new Pose instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Pose instance
         */
        static create(properties: foxglove.Pose.$Shape): foxglove.Pose & foxglove.Pose.$Shape;
        static create(properties?: foxglove.Pose.$Properties): foxglove.Pose;

        /**
         * Encodes the specified Pose message. Does not implicitly {@link foxglove.Pose.verify|verify} messages.
         * @param message Pose message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: foxglove.Pose.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Pose message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {foxglove.Pose & foxglove.Pose.$Shape} Pose
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): foxglove.Pose & foxglove.Pose.$Shape;

        /**
         * Verifies a Pose message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a Pose message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns Pose
         */
        static fromObject(object: { [k: string]: any }): foxglove.Pose;

        /**
         * Creates a plain object from a Pose message. Also converts values to other types if specified.
         * @param message Pose
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: foxglove.Pose, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this Pose to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace Pose {

        /** Properties of a Pose. */
        interface $Properties {

            /** Pose position */
            position?: (foxglove.Vector3.$Properties|null);

            /** Pose orientation */
            orientation?: (foxglove.Quaternion.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Pose. */
        type $Shape = foxglove.Pose.$Properties;
    }

    /**
     * Properties of a Quaternion.
     * @deprecated Use foxglove.Quaternion.$Properties instead.
     */
    interface IQuaternion extends foxglove.Quaternion.$Properties {
    }

    /** Represents a Quaternion. */
    class Quaternion {

        /**
         * Constructs a new Quaternion.
         * @param [properties] Properties to set
         */
        constructor(properties?: foxglove.Quaternion.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Quaternion x. */
        x: number;

        /** Quaternion y. */
        y: number;

        /** Quaternion z. */
        z: number;

        /** Quaternion w. */
        w: number;

        /**
         * Creates a new Quaternion instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Quaternion instance
         */
        static create(properties: foxglove.Quaternion.$Shape): foxglove.Quaternion & foxglove.Quaternion.$Shape;
        static create(properties?: foxglove.Quaternion.$Properties): foxglove.Quaternion;

        /**
         * Encodes the specified Quaternion message. Does not implicitly {@link foxglove.Quaternion.verify|verify} messages.
         * @param message Quaternion message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: foxglove.Quaternion.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Quaternion message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {foxglove.Quaternion & foxglove.Quaternion.$Shape} Quaternion
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): foxglove.Quaternion & foxglove.Quaternion.$Shape;

        /**
         * Verifies a Quaternion message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a Quaternion message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns Quaternion
         */
        static fromObject(object: { [k: string]: any }): foxglove.Quaternion;

        /**
         * Creates a plain object from a Quaternion message. Also converts values to other types if specified.
         * @param message Quaternion
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: foxglove.Quaternion, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this Quaternion to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace Quaternion {

        /** Properties of a Quaternion. */
        interface $Properties {

            /** Quaternion x */
            x?: (number|null);

            /** Quaternion y */
            y?: (number|null);

            /** Quaternion z */
            z?: (number|null);

            /** Quaternion w */
            w?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Quaternion. */
        type $Shape = foxglove.Quaternion.$Properties;
    }

    /**
     * Properties of a Vector3.
     * @deprecated Use foxglove.Vector3.$Properties instead.
     */
    interface IVector3 extends foxglove.Vector3.$Properties {
    }

    /** Represents a Vector3. */
    class Vector3 {

        /**
         * Constructs a new Vector3.
         * @param [properties] Properties to set
         */
        constructor(properties?: foxglove.Vector3.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Vector3 x. */
        x: number;

        /** Vector3 y. */
        y: number;

        /** Vector3 z. */
        z: number;

        /**
         * Creates a new Vector3 instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Vector3 instance
         */
        static create(properties: foxglove.Vector3.$Shape): foxglove.Vector3 & foxglove.Vector3.$Shape;
        static create(properties?: foxglove.Vector3.$Properties): foxglove.Vector3;

        /**
         * Encodes the specified Vector3 message. Does not implicitly {@link foxglove.Vector3.verify|verify} messages.
         * @param message Vector3 message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: foxglove.Vector3.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Vector3 message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {foxglove.Vector3 & foxglove.Vector3.$Shape} Vector3
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): foxglove.Vector3 & foxglove.Vector3.$Shape;

        /**
         * Verifies a Vector3 message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a Vector3 message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns Vector3
         */
        static fromObject(object: { [k: string]: any }): foxglove.Vector3;

        /**
         * Creates a plain object from a Vector3 message. Also converts values to other types if specified.
         * @param message Vector3
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: foxglove.Vector3, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this Vector3 to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace Vector3 {

        /** Properties of a Vector3. */
        interface $Properties {

            /** Vector3 x */
            x?: (number|null);

            /** Vector3 y */
            y?: (number|null);

            /** Vector3 z */
            z?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Vector3. */
        type $Shape = foxglove.Vector3.$Properties;
    }

    /**
     * Properties of a CameraCalibration.
     * @deprecated Use foxglove.CameraCalibration.$Properties instead.
     */
    interface ICameraCalibration extends foxglove.CameraCalibration.$Properties {
    }

    /** Represents a CameraCalibration. */
    class CameraCalibration {

        /**
         * Constructs a new CameraCalibration.
         * @param [properties] Properties to set
         */
        constructor(properties?: foxglove.CameraCalibration.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** CameraCalibration timestamp. */
        timestamp?: (google.protobuf.Timestamp.$Properties|null);

        /** CameraCalibration frameId. */
        frameId: string;

        /** CameraCalibration width. */
        width: number;

        /** CameraCalibration height. */
        height: number;

        /** CameraCalibration distortionModel. */
        distortionModel: string;

        /** CameraCalibration D. */
        D: number[];

        /** CameraCalibration K. */
        K: number[];

        /** CameraCalibration R. */
        R: number[];

        /** CameraCalibration P. */
        P: number[];

        /**
         * Creates a new CameraCalibration instance using the specified properties.
         * @param [properties] Properties to set
         * @returns CameraCalibration instance
         */
        static create(properties: foxglove.CameraCalibration.$Shape): foxglove.CameraCalibration & foxglove.CameraCalibration.$Shape;
        static create(properties?: foxglove.CameraCalibration.$Properties): foxglove.CameraCalibration;

        /**
         * Encodes the specified CameraCalibration message. Does not implicitly {@link foxglove.CameraCalibration.verify|verify} messages.
         * @param message CameraCalibration message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: foxglove.CameraCalibration.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a CameraCalibration message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {foxglove.CameraCalibration & foxglove.CameraCalibration.$Shape} CameraCalibration
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): foxglove.CameraCalibration & foxglove.CameraCalibration.$Shape;

        /**
         * Verifies a CameraCalibration message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a CameraCalibration message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns CameraCalibration
         */
        static fromObject(object: { [k: string]: any }): foxglove.CameraCalibration;

        /**
         * Creates a plain object from a CameraCalibration message. Also converts values to other types if specified.
         * @param message CameraCalibration
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: foxglove.CameraCalibration, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this CameraCalibration to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace CameraCalibration {

        /** Properties of a CameraCalibration. */
        interface $Properties {

            /** CameraCalibration timestamp */
            timestamp?: (google.protobuf.Timestamp.$Properties|null);

            /** CameraCalibration frameId */
            frameId?: (string|null);

            /** CameraCalibration width */
            width?: (number|null);

            /** CameraCalibration height */
            height?: (number|null);

            /** CameraCalibration distortionModel */
            distortionModel?: (string|null);

            /** CameraCalibration D */
            D?: (number[]|null);

            /** CameraCalibration K */
            K?: (number[]|null);

            /** CameraCalibration R */
            R?: (number[]|null);

            /** CameraCalibration P */
            P?: (number[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a CameraCalibration. */
        type $Shape = foxglove.CameraCalibration.$Properties;
    }
}

/** Namespace google. */
export namespace google {

    /** Namespace protobuf. */
    namespace protobuf {

        /**
         * Properties of a Timestamp.
         * @deprecated Use google.protobuf.Timestamp.$Properties instead.
         */
        interface ITimestamp extends google.protobuf.Timestamp.$Properties {
        }

        /** Represents a Timestamp. */
        class Timestamp {

            /**
             * Constructs a new Timestamp.
             * @param [properties] Properties to set
             */
            constructor(properties?: google.protobuf.Timestamp.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Timestamp seconds. */
            seconds: (number|Long);

            /** Timestamp nanos. */
            nanos: number;

            /**
             * Creates a new Timestamp instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Timestamp instance
             */
            static create(properties: google.protobuf.Timestamp.$Shape): google.protobuf.Timestamp & google.protobuf.Timestamp.$Shape;
            static create(properties?: google.protobuf.Timestamp.$Properties): google.protobuf.Timestamp;

            /**
             * Encodes the specified Timestamp message. Does not implicitly {@link google.protobuf.Timestamp.verify|verify} messages.
             * @param message Timestamp message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: google.protobuf.Timestamp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Timestamp message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {google.protobuf.Timestamp & google.protobuf.Timestamp.$Shape} Timestamp
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.Timestamp & google.protobuf.Timestamp.$Shape;

            /**
             * Verifies a Timestamp message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Timestamp message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Timestamp
             */
            static fromObject(object: { [k: string]: any }): google.protobuf.Timestamp;

            /**
             * Creates a plain object from a Timestamp message. Also converts values to other types if specified.
             * @param message Timestamp
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: google.protobuf.Timestamp, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Timestamp to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace Timestamp {

            /** Properties of a Timestamp. */
            interface $Properties {

                /** Timestamp seconds */
                seconds?: (number|Long|null);

                /** Timestamp nanos */
                nanos?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Timestamp. */
            type $Shape = google.protobuf.Timestamp.$Properties;
        }
    }
}
