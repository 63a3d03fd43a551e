/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $String = $util.global.String, $Number = $util.global.Number, $Array = $util.global.Array, $isFinite = $util.global.isFinite, $parseInt = $util.global.parseInt, $BigInt = $util.global.BigInt;

const $root = $protobuf.roots["effect_livekit_foxglove"] || ($protobuf.roots["effect_livekit_foxglove"] = {});

export const foxglove = $root.foxglove = (() => {

    const foxglove = {};

    foxglove.RawImage = (function() {

        const RawImage = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        RawImage.prototype.timestamp = null;
        RawImage.prototype.frameId = "";
        RawImage.prototype.width = 0;
        RawImage.prototype.height = 0;
        RawImage.prototype.encoding = "";
        RawImage.prototype.step = 0;
        RawImage.prototype.data = $util.newBuffer([]);

        RawImage.create = function(properties) {
            return new RawImage(properties);
        };

        RawImage.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp"))
                $root.google.protobuf.Timestamp.encode(message.timestamp, writer.uint32(10).fork(), _depth + 1).ldelim();
            if (message.width != null && $Object.hasOwnProperty.call(message, "width") && message.width !== 0)
                writer.uint32(21).fixed32(message.width);
            if (message.height != null && $Object.hasOwnProperty.call(message, "height") && message.height !== 0)
                writer.uint32(29).fixed32(message.height);
            if (message.encoding != null && $Object.hasOwnProperty.call(message, "encoding") && message.encoding !== "")
                writer.uint32(34).string(message.encoding);
            if (message.step != null && $Object.hasOwnProperty.call(message, "step") && message.step !== 0)
                writer.uint32(45).fixed32(message.step);
            if (message.data != null && $Object.hasOwnProperty.call(message, "data") && message.data.length)
                writer.uint32(50).bytes(message.data);
            if (message.frameId != null && $Object.hasOwnProperty.call(message, "frameId") && message.frameId !== "")
                writer.uint32(58).string(message.frameId);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        RawImage.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.foxglove.RawImage();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        message.timestamp = $root.google.protobuf.Timestamp.decode(reader, reader.size(), $undefined, _depth + 1, message.timestamp);
                        continue;
                    }
                case 7: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.frameId = value;
                        else
                            delete message.frameId;
                        continue;
                    }
                case 2: {
                        if (wireType !== 5)
                            break;
                        if (value = reader.fixed32())
                            message.width = value;
                        else
                            delete message.width;
                        continue;
                    }
                case 3: {
                        if (wireType !== 5)
                            break;
                        if (value = reader.fixed32())
                            message.height = value;
                        else
                            delete message.height;
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.encoding = value;
                        else
                            delete message.encoding;
                        continue;
                    }
                case 5: {
                        if (wireType !== 5)
                            break;
                        if (value = reader.fixed32())
                            message.step = value;
                        else
                            delete message.step;
                        continue;
                    }
                case 6: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.data = value;
                        else
                            delete message.data;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        RawImage.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp")) {
                let error = $root.google.protobuf.Timestamp.verify(message.timestamp, _depth + 1);
                if (error)
                    return "timestamp." + error;
            }
            if (message.frameId != null && $Object.hasOwnProperty.call(message, "frameId"))
                if (!$util.isString(message.frameId))
                    return "frameId: string expected";
            if (message.width != null && $Object.hasOwnProperty.call(message, "width"))
                if (!$util.isInteger(message.width))
                    return "width: integer expected";
            if (message.height != null && $Object.hasOwnProperty.call(message, "height"))
                if (!$util.isInteger(message.height))
                    return "height: integer expected";
            if (message.encoding != null && $Object.hasOwnProperty.call(message, "encoding"))
                if (!$util.isString(message.encoding))
                    return "encoding: string expected";
            if (message.step != null && $Object.hasOwnProperty.call(message, "step"))
                if (!$util.isInteger(message.step))
                    return "step: integer expected";
            if (message.data != null && $Object.hasOwnProperty.call(message, "data"))
                if (!(message.data && typeof message.data.length === "number" || $util.isString(message.data)))
                    return "data: buffer expected";
            return null;
        };

        RawImage.fromObject = function (object, _depth) {
            if (object instanceof $root.foxglove.RawImage)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".foxglove.RawImage: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.foxglove.RawImage();
            if (object.timestamp != null) {
                if (!$util.isObject(object.timestamp))
                    throw $TypeError(".foxglove.RawImage.timestamp: object expected");
                message.timestamp = $root.google.protobuf.Timestamp.fromObject(object.timestamp, _depth + 1);
            }
            if (object.frameId != null)
                if (typeof object.frameId !== "string" || object.frameId.length)
                    message.frameId = $String(object.frameId);
            if (object.width != null)
                if ($Number(object.width) !== 0)
                    message.width = object.width >>> 0;
            if (object.height != null)
                if ($Number(object.height) !== 0)
                    message.height = object.height >>> 0;
            if (object.encoding != null)
                if (typeof object.encoding !== "string" || object.encoding.length)
                    message.encoding = $String(object.encoding);
            if (object.step != null)
                if ($Number(object.step) !== 0)
                    message.step = object.step >>> 0;
            if (object.data != null)
                if (object.data.length)
                    if (typeof object.data === "string")
                        $util.base64.decode(object.data, message.data = $util.newBuffer($util.base64.length(object.data)), 0);
                    else if (object.data.length >= 0)
                        message.data = object.data;
            return message;
        };

        RawImage.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.timestamp = null;
                object.width = 0;
                object.height = 0;
                object.encoding = "";
                object.step = 0;
                if (options.bytes === $String)
                    object.data = "";
                else {
                    object.data = [];
                    if (options.bytes !== $Array)
                        object.data = $util.newBuffer(object.data);
                }
                object.frameId = "";
            }
            if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp"))
                object.timestamp = $root.google.protobuf.Timestamp.toObject(message.timestamp, options, _depth + 1);
            if (message.width != null && $Object.hasOwnProperty.call(message, "width"))
                object.width = message.width;
            if (message.height != null && $Object.hasOwnProperty.call(message, "height"))
                object.height = message.height;
            if (message.encoding != null && $Object.hasOwnProperty.call(message, "encoding"))
                object.encoding = message.encoding;
            if (message.step != null && $Object.hasOwnProperty.call(message, "step"))
                object.step = message.step;
            if (message.data != null && $Object.hasOwnProperty.call(message, "data"))
                object.data = options.bytes === $String ? $util.base64.encode(message.data, 0, message.data.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.data) : message.data;
            if (message.frameId != null && $Object.hasOwnProperty.call(message, "frameId"))
                object.frameId = message.frameId;
            return object;
        };

        RawImage.prototype.toJSON = function() {
            return RawImage.toObject(this, $protobuf.util.toJSONOptions);
        };

        return RawImage;
    })();

    foxglove.CompressedImage = (function() {

        const CompressedImage = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        CompressedImage.prototype.timestamp = null;
        CompressedImage.prototype.frameId = "";
        CompressedImage.prototype.data = $util.newBuffer([]);
        CompressedImage.prototype.format = "";

        CompressedImage.create = function(properties) {
            return new CompressedImage(properties);
        };

        CompressedImage.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp"))
                $root.google.protobuf.Timestamp.encode(message.timestamp, writer.uint32(10).fork(), _depth + 1).ldelim();
            if (message.data != null && $Object.hasOwnProperty.call(message, "data") && message.data.length)
                writer.uint32(18).bytes(message.data);
            if (message.format != null && $Object.hasOwnProperty.call(message, "format") && message.format !== "")
                writer.uint32(26).string(message.format);
            if (message.frameId != null && $Object.hasOwnProperty.call(message, "frameId") && message.frameId !== "")
                writer.uint32(34).string(message.frameId);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        CompressedImage.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.foxglove.CompressedImage();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        message.timestamp = $root.google.protobuf.Timestamp.decode(reader, reader.size(), $undefined, _depth + 1, message.timestamp);
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.frameId = value;
                        else
                            delete message.frameId;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.data = value;
                        else
                            delete message.data;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.format = value;
                        else
                            delete message.format;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        CompressedImage.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp")) {
                let error = $root.google.protobuf.Timestamp.verify(message.timestamp, _depth + 1);
                if (error)
                    return "timestamp." + error;
            }
            if (message.frameId != null && $Object.hasOwnProperty.call(message, "frameId"))
                if (!$util.isString(message.frameId))
                    return "frameId: string expected";
            if (message.data != null && $Object.hasOwnProperty.call(message, "data"))
                if (!(message.data && typeof message.data.length === "number" || $util.isString(message.data)))
                    return "data: buffer expected";
            if (message.format != null && $Object.hasOwnProperty.call(message, "format"))
                if (!$util.isString(message.format))
                    return "format: string expected";
            return null;
        };

        CompressedImage.fromObject = function (object, _depth) {
            if (object instanceof $root.foxglove.CompressedImage)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".foxglove.CompressedImage: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.foxglove.CompressedImage();
            if (object.timestamp != null) {
                if (!$util.isObject(object.timestamp))
                    throw $TypeError(".foxglove.CompressedImage.timestamp: object expected");
                message.timestamp = $root.google.protobuf.Timestamp.fromObject(object.timestamp, _depth + 1);
            }
            if (object.frameId != null)
                if (typeof object.frameId !== "string" || object.frameId.length)
                    message.frameId = $String(object.frameId);
            if (object.data != null)
                if (object.data.length)
                    if (typeof object.data === "string")
                        $util.base64.decode(object.data, message.data = $util.newBuffer($util.base64.length(object.data)), 0);
                    else if (object.data.length >= 0)
                        message.data = object.data;
            if (object.format != null)
                if (typeof object.format !== "string" || object.format.length)
                    message.format = $String(object.format);
            return message;
        };

        CompressedImage.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.timestamp = null;
                if (options.bytes === $String)
                    object.data = "";
                else {
                    object.data = [];
                    if (options.bytes !== $Array)
                        object.data = $util.newBuffer(object.data);
                }
                object.format = "";
                object.frameId = "";
            }
            if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp"))
                object.timestamp = $root.google.protobuf.Timestamp.toObject(message.timestamp, options, _depth + 1);
            if (message.data != null && $Object.hasOwnProperty.call(message, "data"))
                object.data = options.bytes === $String ? $util.base64.encode(message.data, 0, message.data.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.data) : message.data;
            if (message.format != null && $Object.hasOwnProperty.call(message, "format"))
                object.format = message.format;
            if (message.frameId != null && $Object.hasOwnProperty.call(message, "frameId"))
                object.frameId = message.frameId;
            return object;
        };

        CompressedImage.prototype.toJSON = function() {
            return CompressedImage.toObject(this, $protobuf.util.toJSONOptions);
        };

        return CompressedImage;
    })();

    foxglove.PoseInFrame = (function() {

        const PoseInFrame = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        PoseInFrame.prototype.timestamp = null;
        PoseInFrame.prototype.frameId = "";
        PoseInFrame.prototype.pose = null;

        PoseInFrame.create = function(properties) {
            return new PoseInFrame(properties);
        };

        PoseInFrame.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp"))
                $root.google.protobuf.Timestamp.encode(message.timestamp, writer.uint32(10).fork(), _depth + 1).ldelim();
            if (message.frameId != null && $Object.hasOwnProperty.call(message, "frameId") && message.frameId !== "")
                writer.uint32(18).string(message.frameId);
            if (message.pose != null && $Object.hasOwnProperty.call(message, "pose"))
                $root.foxglove.Pose.encode(message.pose, writer.uint32(26).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        PoseInFrame.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.foxglove.PoseInFrame();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        message.timestamp = $root.google.protobuf.Timestamp.decode(reader, reader.size(), $undefined, _depth + 1, message.timestamp);
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.frameId = value;
                        else
                            delete message.frameId;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        message.pose = $root.foxglove.Pose.decode(reader, reader.size(), $undefined, _depth + 1, message.pose);
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        PoseInFrame.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp")) {
                let error = $root.google.protobuf.Timestamp.verify(message.timestamp, _depth + 1);
                if (error)
                    return "timestamp." + error;
            }
            if (message.frameId != null && $Object.hasOwnProperty.call(message, "frameId"))
                if (!$util.isString(message.frameId))
                    return "frameId: string expected";
            if (message.pose != null && $Object.hasOwnProperty.call(message, "pose")) {
                let error = $root.foxglove.Pose.verify(message.pose, _depth + 1);
                if (error)
                    return "pose." + error;
            }
            return null;
        };

        PoseInFrame.fromObject = function (object, _depth) {
            if (object instanceof $root.foxglove.PoseInFrame)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".foxglove.PoseInFrame: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.foxglove.PoseInFrame();
            if (object.timestamp != null) {
                if (!$util.isObject(object.timestamp))
                    throw $TypeError(".foxglove.PoseInFrame.timestamp: object expected");
                message.timestamp = $root.google.protobuf.Timestamp.fromObject(object.timestamp, _depth + 1);
            }
            if (object.frameId != null)
                if (typeof object.frameId !== "string" || object.frameId.length)
                    message.frameId = $String(object.frameId);
            if (object.pose != null) {
                if (!$util.isObject(object.pose))
                    throw $TypeError(".foxglove.PoseInFrame.pose: object expected");
                message.pose = $root.foxglove.Pose.fromObject(object.pose, _depth + 1);
            }
            return message;
        };

        PoseInFrame.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.timestamp = null;
                object.frameId = "";
                object.pose = null;
            }
            if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp"))
                object.timestamp = $root.google.protobuf.Timestamp.toObject(message.timestamp, options, _depth + 1);
            if (message.frameId != null && $Object.hasOwnProperty.call(message, "frameId"))
                object.frameId = message.frameId;
            if (message.pose != null && $Object.hasOwnProperty.call(message, "pose"))
                object.pose = $root.foxglove.Pose.toObject(message.pose, options, _depth + 1);
            return object;
        };

        PoseInFrame.prototype.toJSON = function() {
            return PoseInFrame.toObject(this, $protobuf.util.toJSONOptions);
        };

        return PoseInFrame;
    })();

    foxglove.Pose = (function() {

        const Pose = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        Pose.prototype.position = null;
        Pose.prototype.orientation = null;

        Pose.create = function(properties) {
            return new Pose(properties);
        };

        Pose.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.position != null && $Object.hasOwnProperty.call(message, "position"))
                $root.foxglove.Vector3.encode(message.position, writer.uint32(10).fork(), _depth + 1).ldelim();
            if (message.orientation != null && $Object.hasOwnProperty.call(message, "orientation"))
                $root.foxglove.Quaternion.encode(message.orientation, writer.uint32(18).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        Pose.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.foxglove.Pose();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        message.position = $root.foxglove.Vector3.decode(reader, reader.size(), $undefined, _depth + 1, message.position);
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        message.orientation = $root.foxglove.Quaternion.decode(reader, reader.size(), $undefined, _depth + 1, message.orientation);
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        Pose.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.position != null && $Object.hasOwnProperty.call(message, "position")) {
                let error = $root.foxglove.Vector3.verify(message.position, _depth + 1);
                if (error)
                    return "position." + error;
            }
            if (message.orientation != null && $Object.hasOwnProperty.call(message, "orientation")) {
                let error = $root.foxglove.Quaternion.verify(message.orientation, _depth + 1);
                if (error)
                    return "orientation." + error;
            }
            return null;
        };

        Pose.fromObject = function (object, _depth) {
            if (object instanceof $root.foxglove.Pose)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".foxglove.Pose: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.foxglove.Pose();
            if (object.position != null) {
                if (!$util.isObject(object.position))
                    throw $TypeError(".foxglove.Pose.position: object expected");
                message.position = $root.foxglove.Vector3.fromObject(object.position, _depth + 1);
            }
            if (object.orientation != null) {
                if (!$util.isObject(object.orientation))
                    throw $TypeError(".foxglove.Pose.orientation: object expected");
                message.orientation = $root.foxglove.Quaternion.fromObject(object.orientation, _depth + 1);
            }
            return message;
        };

        Pose.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.position = null;
                object.orientation = null;
            }
            if (message.position != null && $Object.hasOwnProperty.call(message, "position"))
                object.position = $root.foxglove.Vector3.toObject(message.position, options, _depth + 1);
            if (message.orientation != null && $Object.hasOwnProperty.call(message, "orientation"))
                object.orientation = $root.foxglove.Quaternion.toObject(message.orientation, options, _depth + 1);
            return object;
        };

        Pose.prototype.toJSON = function() {
            return Pose.toObject(this, $protobuf.util.toJSONOptions);
        };

        return Pose;
    })();

    foxglove.Quaternion = (function() {

        const Quaternion = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        Quaternion.prototype.x = 0;
        Quaternion.prototype.y = 0;
        Quaternion.prototype.z = 0;
        Quaternion.prototype.w = 0;

        Quaternion.create = function(properties) {
            return new Quaternion(properties);
        };

        Quaternion.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.x != null && $Object.hasOwnProperty.call(message, "x") && !$Object.is(message.x, 0))
                writer.uint32(9).double(message.x);
            if (message.y != null && $Object.hasOwnProperty.call(message, "y") && !$Object.is(message.y, 0))
                writer.uint32(17).double(message.y);
            if (message.z != null && $Object.hasOwnProperty.call(message, "z") && !$Object.is(message.z, 0))
                writer.uint32(25).double(message.z);
            if (message.w != null && $Object.hasOwnProperty.call(message, "w") && !$Object.is(message.w, 0))
                writer.uint32(33).double(message.w);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        Quaternion.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.foxglove.Quaternion();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 1)
                            break;
                        if (!$Object.is(value = reader.double(), 0))
                            message.x = value;
                        else
                            delete message.x;
                        continue;
                    }
                case 2: {
                        if (wireType !== 1)
                            break;
                        if (!$Object.is(value = reader.double(), 0))
                            message.y = value;
                        else
                            delete message.y;
                        continue;
                    }
                case 3: {
                        if (wireType !== 1)
                            break;
                        if (!$Object.is(value = reader.double(), 0))
                            message.z = value;
                        else
                            delete message.z;
                        continue;
                    }
                case 4: {
                        if (wireType !== 1)
                            break;
                        if (!$Object.is(value = reader.double(), 0))
                            message.w = value;
                        else
                            delete message.w;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        Quaternion.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.x != null && $Object.hasOwnProperty.call(message, "x"))
                if (typeof message.x !== "number")
                    return "x: number expected";
            if (message.y != null && $Object.hasOwnProperty.call(message, "y"))
                if (typeof message.y !== "number")
                    return "y: number expected";
            if (message.z != null && $Object.hasOwnProperty.call(message, "z"))
                if (typeof message.z !== "number")
                    return "z: number expected";
            if (message.w != null && $Object.hasOwnProperty.call(message, "w"))
                if (typeof message.w !== "number")
                    return "w: number expected";
            return null;
        };

        Quaternion.fromObject = function (object, _depth) {
            if (object instanceof $root.foxglove.Quaternion)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".foxglove.Quaternion: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.foxglove.Quaternion();
            if (object.x != null)
                if (!$Object.is($Number(object.x), 0))
                    message.x = $Number(object.x);
            if (object.y != null)
                if (!$Object.is($Number(object.y), 0))
                    message.y = $Number(object.y);
            if (object.z != null)
                if (!$Object.is($Number(object.z), 0))
                    message.z = $Number(object.z);
            if (object.w != null)
                if (!$Object.is($Number(object.w), 0))
                    message.w = $Number(object.w);
            return message;
        };

        Quaternion.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.x = 0;
                object.y = 0;
                object.z = 0;
                object.w = 0;
            }
            if (message.x != null && $Object.hasOwnProperty.call(message, "x"))
                object.x = options.json && !$isFinite(message.x) ? $String(message.x) : message.x;
            if (message.y != null && $Object.hasOwnProperty.call(message, "y"))
                object.y = options.json && !$isFinite(message.y) ? $String(message.y) : message.y;
            if (message.z != null && $Object.hasOwnProperty.call(message, "z"))
                object.z = options.json && !$isFinite(message.z) ? $String(message.z) : message.z;
            if (message.w != null && $Object.hasOwnProperty.call(message, "w"))
                object.w = options.json && !$isFinite(message.w) ? $String(message.w) : message.w;
            return object;
        };

        Quaternion.prototype.toJSON = function() {
            return Quaternion.toObject(this, $protobuf.util.toJSONOptions);
        };

        return Quaternion;
    })();

    foxglove.Vector3 = (function() {

        const Vector3 = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        Vector3.prototype.x = 0;
        Vector3.prototype.y = 0;
        Vector3.prototype.z = 0;

        Vector3.create = function(properties) {
            return new Vector3(properties);
        };

        Vector3.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.x != null && $Object.hasOwnProperty.call(message, "x") && !$Object.is(message.x, 0))
                writer.uint32(9).double(message.x);
            if (message.y != null && $Object.hasOwnProperty.call(message, "y") && !$Object.is(message.y, 0))
                writer.uint32(17).double(message.y);
            if (message.z != null && $Object.hasOwnProperty.call(message, "z") && !$Object.is(message.z, 0))
                writer.uint32(25).double(message.z);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        Vector3.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.foxglove.Vector3();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 1)
                            break;
                        if (!$Object.is(value = reader.double(), 0))
                            message.x = value;
                        else
                            delete message.x;
                        continue;
                    }
                case 2: {
                        if (wireType !== 1)
                            break;
                        if (!$Object.is(value = reader.double(), 0))
                            message.y = value;
                        else
                            delete message.y;
                        continue;
                    }
                case 3: {
                        if (wireType !== 1)
                            break;
                        if (!$Object.is(value = reader.double(), 0))
                            message.z = value;
                        else
                            delete message.z;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        Vector3.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.x != null && $Object.hasOwnProperty.call(message, "x"))
                if (typeof message.x !== "number")
                    return "x: number expected";
            if (message.y != null && $Object.hasOwnProperty.call(message, "y"))
                if (typeof message.y !== "number")
                    return "y: number expected";
            if (message.z != null && $Object.hasOwnProperty.call(message, "z"))
                if (typeof message.z !== "number")
                    return "z: number expected";
            return null;
        };

        Vector3.fromObject = function (object, _depth) {
            if (object instanceof $root.foxglove.Vector3)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".foxglove.Vector3: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.foxglove.Vector3();
            if (object.x != null)
                if (!$Object.is($Number(object.x), 0))
                    message.x = $Number(object.x);
            if (object.y != null)
                if (!$Object.is($Number(object.y), 0))
                    message.y = $Number(object.y);
            if (object.z != null)
                if (!$Object.is($Number(object.z), 0))
                    message.z = $Number(object.z);
            return message;
        };

        Vector3.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.x = 0;
                object.y = 0;
                object.z = 0;
            }
            if (message.x != null && $Object.hasOwnProperty.call(message, "x"))
                object.x = options.json && !$isFinite(message.x) ? $String(message.x) : message.x;
            if (message.y != null && $Object.hasOwnProperty.call(message, "y"))
                object.y = options.json && !$isFinite(message.y) ? $String(message.y) : message.y;
            if (message.z != null && $Object.hasOwnProperty.call(message, "z"))
                object.z = options.json && !$isFinite(message.z) ? $String(message.z) : message.z;
            return object;
        };

        Vector3.prototype.toJSON = function() {
            return Vector3.toObject(this, $protobuf.util.toJSONOptions);
        };

        return Vector3;
    })();

    foxglove.CameraCalibration = (function() {

        const CameraCalibration = function (properties) {
            this.D = [];
            this.K = [];
            this.R = [];
            this.P = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        CameraCalibration.prototype.timestamp = null;
        CameraCalibration.prototype.frameId = "";
        CameraCalibration.prototype.width = 0;
        CameraCalibration.prototype.height = 0;
        CameraCalibration.prototype.distortionModel = "";
        CameraCalibration.prototype.D = $util.emptyArray;
        CameraCalibration.prototype.K = $util.emptyArray;
        CameraCalibration.prototype.R = $util.emptyArray;
        CameraCalibration.prototype.P = $util.emptyArray;

        CameraCalibration.create = function(properties) {
            return new CameraCalibration(properties);
        };

        CameraCalibration.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp"))
                $root.google.protobuf.Timestamp.encode(message.timestamp, writer.uint32(10).fork(), _depth + 1).ldelim();
            if (message.width != null && $Object.hasOwnProperty.call(message, "width") && message.width !== 0)
                writer.uint32(21).fixed32(message.width);
            if (message.height != null && $Object.hasOwnProperty.call(message, "height") && message.height !== 0)
                writer.uint32(29).fixed32(message.height);
            if (message.distortionModel != null && $Object.hasOwnProperty.call(message, "distortionModel") && message.distortionModel !== "")
                writer.uint32(34).string(message.distortionModel);
            if (message.D != null && message.D.length)
                writer.uint32(42).doubles(message.D);
            if (message.K != null && message.K.length)
                writer.uint32(50).doubles(message.K);
            if (message.R != null && message.R.length)
                writer.uint32(58).doubles(message.R);
            if (message.P != null && message.P.length)
                writer.uint32(66).doubles(message.P);
            if (message.frameId != null && $Object.hasOwnProperty.call(message, "frameId") && message.frameId !== "")
                writer.uint32(74).string(message.frameId);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        CameraCalibration.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.foxglove.CameraCalibration();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        message.timestamp = $root.google.protobuf.Timestamp.decode(reader, reader.size(), $undefined, _depth + 1, message.timestamp);
                        continue;
                    }
                case 9: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.frameId = value;
                        else
                            delete message.frameId;
                        continue;
                    }
                case 2: {
                        if (wireType !== 5)
                            break;
                        if (value = reader.fixed32())
                            message.width = value;
                        else
                            delete message.width;
                        continue;
                    }
                case 3: {
                        if (wireType !== 5)
                            break;
                        if (value = reader.fixed32())
                            message.height = value;
                        else
                            delete message.height;
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.distortionModel = value;
                        else
                            delete message.distortionModel;
                        continue;
                    }
                case 5: {
                        if (wireType === 2) {
                            if (!(message.D && message.D.length))
                                message.D = [];
                            reader.doubles(message.D);
                            continue;
                        }
                        if (wireType !== 1)
                            break;
                        if (!(message.D && message.D.length))
                            message.D = [];
                        message.D.push(reader.double());
                        continue;
                    }
                case 6: {
                        if (wireType === 2) {
                            if (!(message.K && message.K.length))
                                message.K = [];
                            reader.doubles(message.K);
                            continue;
                        }
                        if (wireType !== 1)
                            break;
                        if (!(message.K && message.K.length))
                            message.K = [];
                        message.K.push(reader.double());
                        continue;
                    }
                case 7: {
                        if (wireType === 2) {
                            if (!(message.R && message.R.length))
                                message.R = [];
                            reader.doubles(message.R);
                            continue;
                        }
                        if (wireType !== 1)
                            break;
                        if (!(message.R && message.R.length))
                            message.R = [];
                        message.R.push(reader.double());
                        continue;
                    }
                case 8: {
                        if (wireType === 2) {
                            if (!(message.P && message.P.length))
                                message.P = [];
                            reader.doubles(message.P);
                            continue;
                        }
                        if (wireType !== 1)
                            break;
                        if (!(message.P && message.P.length))
                            message.P = [];
                        message.P.push(reader.double());
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        CameraCalibration.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp")) {
                let error = $root.google.protobuf.Timestamp.verify(message.timestamp, _depth + 1);
                if (error)
                    return "timestamp." + error;
            }
            if (message.frameId != null && $Object.hasOwnProperty.call(message, "frameId"))
                if (!$util.isString(message.frameId))
                    return "frameId: string expected";
            if (message.width != null && $Object.hasOwnProperty.call(message, "width"))
                if (!$util.isInteger(message.width))
                    return "width: integer expected";
            if (message.height != null && $Object.hasOwnProperty.call(message, "height"))
                if (!$util.isInteger(message.height))
                    return "height: integer expected";
            if (message.distortionModel != null && $Object.hasOwnProperty.call(message, "distortionModel"))
                if (!$util.isString(message.distortionModel))
                    return "distortionModel: string expected";
            if (message.D != null && $Object.hasOwnProperty.call(message, "D")) {
                if (!$Array.isArray(message.D))
                    return "D: array expected";
                for (let i = 0; i < message.D.length; ++i)
                    if (typeof message.D[i] !== "number")
                        return "D: number[] expected";
            }
            if (message.K != null && $Object.hasOwnProperty.call(message, "K")) {
                if (!$Array.isArray(message.K))
                    return "K: array expected";
                for (let i = 0; i < message.K.length; ++i)
                    if (typeof message.K[i] !== "number")
                        return "K: number[] expected";
            }
            if (message.R != null && $Object.hasOwnProperty.call(message, "R")) {
                if (!$Array.isArray(message.R))
                    return "R: array expected";
                for (let i = 0; i < message.R.length; ++i)
                    if (typeof message.R[i] !== "number")
                        return "R: number[] expected";
            }
            if (message.P != null && $Object.hasOwnProperty.call(message, "P")) {
                if (!$Array.isArray(message.P))
                    return "P: array expected";
                for (let i = 0; i < message.P.length; ++i)
                    if (typeof message.P[i] !== "number")
                        return "P: number[] expected";
            }
            return null;
        };

        CameraCalibration.fromObject = function (object, _depth) {
            if (object instanceof $root.foxglove.CameraCalibration)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".foxglove.CameraCalibration: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.foxglove.CameraCalibration();
            if (object.timestamp != null) {
                if (!$util.isObject(object.timestamp))
                    throw $TypeError(".foxglove.CameraCalibration.timestamp: object expected");
                message.timestamp = $root.google.protobuf.Timestamp.fromObject(object.timestamp, _depth + 1);
            }
            if (object.frameId != null)
                if (typeof object.frameId !== "string" || object.frameId.length)
                    message.frameId = $String(object.frameId);
            if (object.width != null)
                if ($Number(object.width) !== 0)
                    message.width = object.width >>> 0;
            if (object.height != null)
                if ($Number(object.height) !== 0)
                    message.height = object.height >>> 0;
            if (object.distortionModel != null)
                if (typeof object.distortionModel !== "string" || object.distortionModel.length)
                    message.distortionModel = $String(object.distortionModel);
            if (object.D) {
                if (!$Array.isArray(object.D))
                    throw $TypeError(".foxglove.CameraCalibration.D: array expected");
                message.D = $Array(object.D.length);
                for (let i = 0; i < object.D.length; ++i)
                    message.D[i] = $Number(object.D[i]);
            }
            if (object.K) {
                if (!$Array.isArray(object.K))
                    throw $TypeError(".foxglove.CameraCalibration.K: array expected");
                message.K = $Array(object.K.length);
                for (let i = 0; i < object.K.length; ++i)
                    message.K[i] = $Number(object.K[i]);
            }
            if (object.R) {
                if (!$Array.isArray(object.R))
                    throw $TypeError(".foxglove.CameraCalibration.R: array expected");
                message.R = $Array(object.R.length);
                for (let i = 0; i < object.R.length; ++i)
                    message.R[i] = $Number(object.R[i]);
            }
            if (object.P) {
                if (!$Array.isArray(object.P))
                    throw $TypeError(".foxglove.CameraCalibration.P: array expected");
                message.P = $Array(object.P.length);
                for (let i = 0; i < object.P.length; ++i)
                    message.P[i] = $Number(object.P[i]);
            }
            return message;
        };

        CameraCalibration.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults) {
                object.D = [];
                object.K = [];
                object.R = [];
                object.P = [];
            }
            if (options.defaults) {
                object.timestamp = null;
                object.width = 0;
                object.height = 0;
                object.distortionModel = "";
                object.frameId = "";
            }
            if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp"))
                object.timestamp = $root.google.protobuf.Timestamp.toObject(message.timestamp, options, _depth + 1);
            if (message.width != null && $Object.hasOwnProperty.call(message, "width"))
                object.width = message.width;
            if (message.height != null && $Object.hasOwnProperty.call(message, "height"))
                object.height = message.height;
            if (message.distortionModel != null && $Object.hasOwnProperty.call(message, "distortionModel"))
                object.distortionModel = message.distortionModel;
            if (message.D && message.D.length) {
                object.D = $Array(message.D.length);
                for (let j = 0; j < message.D.length; ++j)
                    object.D[j] = options.json && !$isFinite(message.D[j]) ? $String(message.D[j]) : message.D[j];
            }
            if (message.K && message.K.length) {
                object.K = $Array(message.K.length);
                for (let j = 0; j < message.K.length; ++j)
                    object.K[j] = options.json && !$isFinite(message.K[j]) ? $String(message.K[j]) : message.K[j];
            }
            if (message.R && message.R.length) {
                object.R = $Array(message.R.length);
                for (let j = 0; j < message.R.length; ++j)
                    object.R[j] = options.json && !$isFinite(message.R[j]) ? $String(message.R[j]) : message.R[j];
            }
            if (message.P && message.P.length) {
                object.P = $Array(message.P.length);
                for (let j = 0; j < message.P.length; ++j)
                    object.P[j] = options.json && !$isFinite(message.P[j]) ? $String(message.P[j]) : message.P[j];
            }
            if (message.frameId != null && $Object.hasOwnProperty.call(message, "frameId"))
                object.frameId = message.frameId;
            return object;
        };

        CameraCalibration.prototype.toJSON = function() {
            return CameraCalibration.toObject(this, $protobuf.util.toJSONOptions);
        };

        return CameraCalibration;
    })();

    return foxglove;
})();

export const google = $root.google = (() => {

    const google = {};

    google.protobuf = (function() {

        const protobuf = {};

        protobuf.Timestamp = (function() {

            const Timestamp = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Timestamp.prototype.seconds = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            Timestamp.prototype.nanos = 0;

            Timestamp.create = function(properties) {
                return new Timestamp(properties);
            };

            Timestamp.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.seconds != null && $Object.hasOwnProperty.call(message, "seconds") && (typeof message.seconds === "object" ? message.seconds.low || message.seconds.high : message.seconds !== 0))
                    writer.uint32(8).int64(message.seconds);
                if (message.nanos != null && $Object.hasOwnProperty.call(message, "nanos") && message.nanos !== 0)
                    writer.uint32(16).int32(message.nanos);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Timestamp.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.google.protobuf.Timestamp();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.seconds = value;
                            else
                                delete message.seconds;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.nanos = value;
                            else
                                delete message.nanos;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Timestamp.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.seconds != null && $Object.hasOwnProperty.call(message, "seconds"))
                    if (!$util.isInteger(message.seconds) && !(message.seconds && $util.isInteger(message.seconds.low) && $util.isInteger(message.seconds.high)))
                        return "seconds: integer|Long expected";
                if (message.nanos != null && $Object.hasOwnProperty.call(message, "nanos"))
                    if (!$util.isInteger(message.nanos))
                        return "nanos: integer expected";
                return null;
            };

            Timestamp.fromObject = function (object, _depth) {
                if (object instanceof $root.google.protobuf.Timestamp)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".google.protobuf.Timestamp: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.google.protobuf.Timestamp();
                if (object.seconds != null)
                    if (typeof object.seconds === "object" ? object.seconds.low || object.seconds.high : $Number(object.seconds) !== 0)
                        if ($util.Long)
                            message.seconds = $util.Long.fromValue(object.seconds, false);
                        else if (typeof object.seconds === "string")
                            message.seconds = $parseInt(object.seconds, 10);
                        else if (typeof object.seconds === "number")
                            message.seconds = object.seconds;
                        else if (typeof object.seconds === "object")
                            message.seconds = new $util.LongBits(object.seconds.low >>> 0, object.seconds.high >>> 0).toNumber();
                if (object.nanos != null)
                    if ($Number(object.nanos) !== 0)
                        message.nanos = object.nanos | 0;
                return message;
            };

            Timestamp.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.seconds = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.seconds = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.nanos = 0;
                }
                if (message.seconds != null && $Object.hasOwnProperty.call(message, "seconds"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.seconds = typeof message.seconds === "number" ? $BigInt(message.seconds) : $util.Long.fromBits(message.seconds.low >>> 0, message.seconds.high >>> 0, false).toBigInt();
                    else if (typeof message.seconds === "number")
                        object.seconds = options.longs === $String ? $String(message.seconds) : message.seconds;
                    else
                        object.seconds = options.longs === $String ? $util.Long.prototype.toString.call(message.seconds) : options.longs === $Number ? new $util.LongBits(message.seconds.low >>> 0, message.seconds.high >>> 0).toNumber() : message.seconds;
                if (message.nanos != null && $Object.hasOwnProperty.call(message, "nanos"))
                    object.nanos = message.nanos;
                return object;
            };

            Timestamp.prototype.toJSON = function() {
                return Timestamp.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Timestamp;
        })();

        return protobuf;
    })();

    return google;
})();

export {
  $root as default
};
