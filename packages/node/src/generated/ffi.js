/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $Boolean = $util.global.Boolean, $parseInt = $util.global.parseInt, $String = $util.global.String, $Number = $util.global.Number, $BigInt = $util.global.BigInt, $Array = $util.global.Array;

const $root = $protobuf.roots["effect_livekit_ffi"] || ($protobuf.roots["effect_livekit_ffi"] = {});

export const livekit = $root.livekit = (() => {

    const livekit = {};

    livekit.proto = (function() {

        const proto = {};

        proto.FfiRequest = (function() {

            const FfiRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            FfiRequest.prototype.dispose = null;
            FfiRequest.prototype.connect = null;
            FfiRequest.prototype.disconnect = null;
            FfiRequest.prototype.getSessionStats = null;
            FfiRequest.prototype.publishDataTrack = null;
            FfiRequest.prototype.localDataTrackTryPush = null;
            FfiRequest.prototype.localDataTrackUnpublish = null;
            FfiRequest.prototype.localDataTrackIsPublished = null;
            FfiRequest.prototype.subscribeDataTrack = null;
            FfiRequest.prototype.remoteDataTrackIsPublished = null;
            FfiRequest.prototype.dataTrackStreamRead = null;
            FfiRequest.prototype.readyForRoomEvent = null;
            FfiRequest.prototype.remoteDataTrackSetPipelineOptions = null;
            FfiRequest.prototype.defineSchema = null;
            FfiRequest.prototype.getSchema = null;

            let $oneOfFields;

            $Object.defineProperty(FfiRequest.prototype, "message", {
                get: $util.oneOfGetter($oneOfFields = ["dispose", "connect", "disconnect", "getSessionStats", "publishDataTrack", "localDataTrackTryPush", "localDataTrackUnpublish", "localDataTrackIsPublished", "subscribeDataTrack", "remoteDataTrackIsPublished", "dataTrackStreamRead", "readyForRoomEvent", "remoteDataTrackSetPipelineOptions", "defineSchema", "getSchema"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            FfiRequest.create = function(properties) {
                return new FfiRequest(properties);
            };

            FfiRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.dispose != null && $Object.hasOwnProperty.call(message, "dispose"))
                    $root.livekit.proto.DisposeRequest.encode(message.dispose, writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.connect != null && $Object.hasOwnProperty.call(message, "connect"))
                    $root.livekit.proto.ConnectRequest.encode(message.connect, writer.uint32(26).fork(), _depth + 1).ldelim();
                if (message.disconnect != null && $Object.hasOwnProperty.call(message, "disconnect"))
                    $root.livekit.proto.DisconnectRequest.encode(message.disconnect, writer.uint32(34).fork(), _depth + 1).ldelim();
                if (message.getSessionStats != null && $Object.hasOwnProperty.call(message, "getSessionStats"))
                    $root.livekit.proto.GetSessionStatsRequest.encode(message.getSessionStats, writer.uint32(98).fork(), _depth + 1).ldelim();
                if (message.publishDataTrack != null && $Object.hasOwnProperty.call(message, "publishDataTrack"))
                    $root.livekit.proto.PublishDataTrackRequest.encode(message.publishDataTrack, writer.uint32(554).fork(), _depth + 1).ldelim();
                if (message.localDataTrackTryPush != null && $Object.hasOwnProperty.call(message, "localDataTrackTryPush"))
                    $root.livekit.proto.LocalDataTrackTryPushRequest.encode(message.localDataTrackTryPush, writer.uint32(562).fork(), _depth + 1).ldelim();
                if (message.localDataTrackUnpublish != null && $Object.hasOwnProperty.call(message, "localDataTrackUnpublish"))
                    $root.livekit.proto.LocalDataTrackUnpublishRequest.encode(message.localDataTrackUnpublish, writer.uint32(570).fork(), _depth + 1).ldelim();
                if (message.localDataTrackIsPublished != null && $Object.hasOwnProperty.call(message, "localDataTrackIsPublished"))
                    $root.livekit.proto.LocalDataTrackIsPublishedRequest.encode(message.localDataTrackIsPublished, writer.uint32(578).fork(), _depth + 1).ldelim();
                if (message.subscribeDataTrack != null && $Object.hasOwnProperty.call(message, "subscribeDataTrack"))
                    $root.livekit.proto.SubscribeDataTrackRequest.encode(message.subscribeDataTrack, writer.uint32(586).fork(), _depth + 1).ldelim();
                if (message.remoteDataTrackIsPublished != null && $Object.hasOwnProperty.call(message, "remoteDataTrackIsPublished"))
                    $root.livekit.proto.RemoteDataTrackIsPublishedRequest.encode(message.remoteDataTrackIsPublished, writer.uint32(594).fork(), _depth + 1).ldelim();
                if (message.dataTrackStreamRead != null && $Object.hasOwnProperty.call(message, "dataTrackStreamRead"))
                    $root.livekit.proto.DataTrackStreamReadRequest.encode(message.dataTrackStreamRead, writer.uint32(602).fork(), _depth + 1).ldelim();
                if (message.readyForRoomEvent != null && $Object.hasOwnProperty.call(message, "readyForRoomEvent"))
                    $root.livekit.proto.ReadyForRoomEventRequest.encode(message.readyForRoomEvent, writer.uint32(666).fork(), _depth + 1).ldelim();
                if (message.remoteDataTrackSetPipelineOptions != null && $Object.hasOwnProperty.call(message, "remoteDataTrackSetPipelineOptions"))
                    $root.livekit.proto.RemoteDataTrackSetPipelineOptionsRequest.encode(message.remoteDataTrackSetPipelineOptions, writer.uint32(674).fork(), _depth + 1).ldelim();
                if (message.defineSchema != null && $Object.hasOwnProperty.call(message, "defineSchema"))
                    $root.livekit.proto.DefineSchemaRequest.encode(message.defineSchema, writer.uint32(682).fork(), _depth + 1).ldelim();
                if (message.getSchema != null && $Object.hasOwnProperty.call(message, "getSchema"))
                    $root.livekit.proto.GetSchemaRequest.encode(message.getSchema, writer.uint32(690).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            FfiRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.livekit.proto.FfiRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.dispose = $root.livekit.proto.DisposeRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.dispose);
                            message.message = "dispose";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.connect = $root.livekit.proto.ConnectRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.connect);
                            message.message = "connect";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.disconnect = $root.livekit.proto.DisconnectRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.disconnect);
                            message.message = "disconnect";
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            message.getSessionStats = $root.livekit.proto.GetSessionStatsRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.getSessionStats);
                            message.message = "getSessionStats";
                            continue;
                        }
                    case 69: {
                            if (wireType !== 2)
                                break;
                            message.publishDataTrack = $root.livekit.proto.PublishDataTrackRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.publishDataTrack);
                            message.message = "publishDataTrack";
                            continue;
                        }
                    case 70: {
                            if (wireType !== 2)
                                break;
                            message.localDataTrackTryPush = $root.livekit.proto.LocalDataTrackTryPushRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.localDataTrackTryPush);
                            message.message = "localDataTrackTryPush";
                            continue;
                        }
                    case 71: {
                            if (wireType !== 2)
                                break;
                            message.localDataTrackUnpublish = $root.livekit.proto.LocalDataTrackUnpublishRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.localDataTrackUnpublish);
                            message.message = "localDataTrackUnpublish";
                            continue;
                        }
                    case 72: {
                            if (wireType !== 2)
                                break;
                            message.localDataTrackIsPublished = $root.livekit.proto.LocalDataTrackIsPublishedRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.localDataTrackIsPublished);
                            message.message = "localDataTrackIsPublished";
                            continue;
                        }
                    case 73: {
                            if (wireType !== 2)
                                break;
                            message.subscribeDataTrack = $root.livekit.proto.SubscribeDataTrackRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.subscribeDataTrack);
                            message.message = "subscribeDataTrack";
                            continue;
                        }
                    case 74: {
                            if (wireType !== 2)
                                break;
                            message.remoteDataTrackIsPublished = $root.livekit.proto.RemoteDataTrackIsPublishedRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.remoteDataTrackIsPublished);
                            message.message = "remoteDataTrackIsPublished";
                            continue;
                        }
                    case 75: {
                            if (wireType !== 2)
                                break;
                            message.dataTrackStreamRead = $root.livekit.proto.DataTrackStreamReadRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.dataTrackStreamRead);
                            message.message = "dataTrackStreamRead";
                            continue;
                        }
                    case 83: {
                            if (wireType !== 2)
                                break;
                            message.readyForRoomEvent = $root.livekit.proto.ReadyForRoomEventRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.readyForRoomEvent);
                            message.message = "readyForRoomEvent";
                            continue;
                        }
                    case 84: {
                            if (wireType !== 2)
                                break;
                            message.remoteDataTrackSetPipelineOptions = $root.livekit.proto.RemoteDataTrackSetPipelineOptionsRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.remoteDataTrackSetPipelineOptions);
                            message.message = "remoteDataTrackSetPipelineOptions";
                            continue;
                        }
                    case 85: {
                            if (wireType !== 2)
                                break;
                            message.defineSchema = $root.livekit.proto.DefineSchemaRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.defineSchema);
                            message.message = "defineSchema";
                            continue;
                        }
                    case 86: {
                            if (wireType !== 2)
                                break;
                            message.getSchema = $root.livekit.proto.GetSchemaRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.getSchema);
                            message.message = "getSchema";
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

            FfiRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.dispose != null && $Object.hasOwnProperty.call(message, "dispose")) {
                    properties.message = 1;
                    {
                        let error = $root.livekit.proto.DisposeRequest.verify(message.dispose, _depth + 1);
                        if (error)
                            return "dispose." + error;
                    }
                }
                if (message.connect != null && $Object.hasOwnProperty.call(message, "connect")) {
                    if (properties.message === 1)
                        return "message: multiple values";
                    properties.message = 1;
                    {
                        let error = $root.livekit.proto.ConnectRequest.verify(message.connect, _depth + 1);
                        if (error)
                            return "connect." + error;
                    }
                }
                if (message.disconnect != null && $Object.hasOwnProperty.call(message, "disconnect")) {
                    if (properties.message === 1)
                        return "message: multiple values";
                    properties.message = 1;
                    {
                        let error = $root.livekit.proto.DisconnectRequest.verify(message.disconnect, _depth + 1);
                        if (error)
                            return "disconnect." + error;
                    }
                }
                if (message.getSessionStats != null && $Object.hasOwnProperty.call(message, "getSessionStats")) {
                    if (properties.message === 1)
                        return "message: multiple values";
                    properties.message = 1;
                    {
                        let error = $root.livekit.proto.GetSessionStatsRequest.verify(message.getSessionStats, _depth + 1);
                        if (error)
                            return "getSessionStats." + error;
                    }
                }
                if (message.publishDataTrack != null && $Object.hasOwnProperty.call(message, "publishDataTrack")) {
                    if (properties.message === 1)
                        return "message: multiple values";
                    properties.message = 1;
                    {
                        let error = $root.livekit.proto.PublishDataTrackRequest.verify(message.publishDataTrack, _depth + 1);
                        if (error)
                            return "publishDataTrack." + error;
                    }
                }
                if (message.localDataTrackTryPush != null && $Object.hasOwnProperty.call(message, "localDataTrackTryPush")) {
                    if (properties.message === 1)
                        return "message: multiple values";
                    properties.message = 1;
                    {
                        let error = $root.livekit.proto.LocalDataTrackTryPushRequest.verify(message.localDataTrackTryPush, _depth + 1);
                        if (error)
                            return "localDataTrackTryPush." + error;
                    }
                }
                if (message.localDataTrackUnpublish != null && $Object.hasOwnProperty.call(message, "localDataTrackUnpublish")) {
                    if (properties.message === 1)
                        return "message: multiple values";
                    properties.message = 1;
                    {
                        let error = $root.livekit.proto.LocalDataTrackUnpublishRequest.verify(message.localDataTrackUnpublish, _depth + 1);
                        if (error)
                            return "localDataTrackUnpublish." + error;
                    }
                }
                if (message.localDataTrackIsPublished != null && $Object.hasOwnProperty.call(message, "localDataTrackIsPublished")) {
                    if (properties.message === 1)
                        return "message: multiple values";
                    properties.message = 1;
                    {
                        let error = $root.livekit.proto.LocalDataTrackIsPublishedRequest.verify(message.localDataTrackIsPublished, _depth + 1);
                        if (error)
                            return "localDataTrackIsPublished." + error;
                    }
                }
                if (message.subscribeDataTrack != null && $Object.hasOwnProperty.call(message, "subscribeDataTrack")) {
                    if (properties.message === 1)
                        return "message: multiple values";
                    properties.message = 1;
                    {
                        let error = $root.livekit.proto.SubscribeDataTrackRequest.verify(message.subscribeDataTrack, _depth + 1);
                        if (error)
                            return "subscribeDataTrack." + error;
                    }
                }
                if (message.remoteDataTrackIsPublished != null && $Object.hasOwnProperty.call(message, "remoteDataTrackIsPublished")) {
                    if (properties.message === 1)
                        return "message: multiple values";
                    properties.message = 1;
                    {
                        let error = $root.livekit.proto.RemoteDataTrackIsPublishedRequest.verify(message.remoteDataTrackIsPublished, _depth + 1);
                        if (error)
                            return "remoteDataTrackIsPublished." + error;
                    }
                }
                if (message.dataTrackStreamRead != null && $Object.hasOwnProperty.call(message, "dataTrackStreamRead")) {
                    if (properties.message === 1)
                        return "message: multiple values";
                    properties.message = 1;
                    {
                        let error = $root.livekit.proto.DataTrackStreamReadRequest.verify(message.dataTrackStreamRead, _depth + 1);
                        if (error)
                            return "dataTrackStreamRead." + error;
                    }
                }
                if (message.readyForRoomEvent != null && $Object.hasOwnProperty.call(message, "readyForRoomEvent")) {
                    if (properties.message === 1)
                        return "message: multiple values";
                    properties.message = 1;
                    {
                        let error = $root.livekit.proto.ReadyForRoomEventRequest.verify(message.readyForRoomEvent, _depth + 1);
                        if (error)
                            return "readyForRoomEvent." + error;
                    }
                }
                if (message.remoteDataTrackSetPipelineOptions != null && $Object.hasOwnProperty.call(message, "remoteDataTrackSetPipelineOptions")) {
                    if (properties.message === 1)
                        return "message: multiple values";
                    properties.message = 1;
                    {
                        let error = $root.livekit.proto.RemoteDataTrackSetPipelineOptionsRequest.verify(message.remoteDataTrackSetPipelineOptions, _depth + 1);
                        if (error)
                            return "remoteDataTrackSetPipelineOptions." + error;
                    }
                }
                if (message.defineSchema != null && $Object.hasOwnProperty.call(message, "defineSchema")) {
                    if (properties.message === 1)
                        return "message: multiple values";
                    properties.message = 1;
                    {
                        let error = $root.livekit.proto.DefineSchemaRequest.verify(message.defineSchema, _depth + 1);
                        if (error)
                            return "defineSchema." + error;
                    }
                }
                if (message.getSchema != null && $Object.hasOwnProperty.call(message, "getSchema")) {
                    if (properties.message === 1)
                        return "message: multiple values";
                    properties.message = 1;
                    {
                        let error = $root.livekit.proto.GetSchemaRequest.verify(message.getSchema, _depth + 1);
                        if (error)
                            return "getSchema." + error;
                    }
                }
                return null;
            };

            FfiRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.livekit.proto.FfiRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".livekit.proto.FfiRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.livekit.proto.FfiRequest();
                if (object.dispose != null) {
                    if (!$util.isObject(object.dispose))
                        throw $TypeError(".livekit.proto.FfiRequest.dispose: object expected");
                    message.dispose = $root.livekit.proto.DisposeRequest.fromObject(object.dispose, _depth + 1);
                }
                if (object.connect != null) {
                    if (!$util.isObject(object.connect))
                        throw $TypeError(".livekit.proto.FfiRequest.connect: object expected");
                    message.connect = $root.livekit.proto.ConnectRequest.fromObject(object.connect, _depth + 1);
                }
                if (object.disconnect != null) {
                    if (!$util.isObject(object.disconnect))
                        throw $TypeError(".livekit.proto.FfiRequest.disconnect: object expected");
                    message.disconnect = $root.livekit.proto.DisconnectRequest.fromObject(object.disconnect, _depth + 1);
                }
                if (object.getSessionStats != null) {
                    if (!$util.isObject(object.getSessionStats))
                        throw $TypeError(".livekit.proto.FfiRequest.getSessionStats: object expected");
                    message.getSessionStats = $root.livekit.proto.GetSessionStatsRequest.fromObject(object.getSessionStats, _depth + 1);
                }
                if (object.publishDataTrack != null) {
                    if (!$util.isObject(object.publishDataTrack))
                        throw $TypeError(".livekit.proto.FfiRequest.publishDataTrack: object expected");
                    message.publishDataTrack = $root.livekit.proto.PublishDataTrackRequest.fromObject(object.publishDataTrack, _depth + 1);
                }
                if (object.localDataTrackTryPush != null) {
                    if (!$util.isObject(object.localDataTrackTryPush))
                        throw $TypeError(".livekit.proto.FfiRequest.localDataTrackTryPush: object expected");
                    message.localDataTrackTryPush = $root.livekit.proto.LocalDataTrackTryPushRequest.fromObject(object.localDataTrackTryPush, _depth + 1);
                }
                if (object.localDataTrackUnpublish != null) {
                    if (!$util.isObject(object.localDataTrackUnpublish))
                        throw $TypeError(".livekit.proto.FfiRequest.localDataTrackUnpublish: object expected");
                    message.localDataTrackUnpublish = $root.livekit.proto.LocalDataTrackUnpublishRequest.fromObject(object.localDataTrackUnpublish, _depth + 1);
                }
                if (object.localDataTrackIsPublished != null) {
                    if (!$util.isObject(object.localDataTrackIsPublished))
                        throw $TypeError(".livekit.proto.FfiRequest.localDataTrackIsPublished: object expected");
                    message.localDataTrackIsPublished = $root.livekit.proto.LocalDataTrackIsPublishedRequest.fromObject(object.localDataTrackIsPublished, _depth + 1);
                }
                if (object.subscribeDataTrack != null) {
                    if (!$util.isObject(object.subscribeDataTrack))
                        throw $TypeError(".livekit.proto.FfiRequest.subscribeDataTrack: object expected");
                    message.subscribeDataTrack = $root.livekit.proto.SubscribeDataTrackRequest.fromObject(object.subscribeDataTrack, _depth + 1);
                }
                if (object.remoteDataTrackIsPublished != null) {
                    if (!$util.isObject(object.remoteDataTrackIsPublished))
                        throw $TypeError(".livekit.proto.FfiRequest.remoteDataTrackIsPublished: object expected");
                    message.remoteDataTrackIsPublished = $root.livekit.proto.RemoteDataTrackIsPublishedRequest.fromObject(object.remoteDataTrackIsPublished, _depth + 1);
                }
                if (object.dataTrackStreamRead != null) {
                    if (!$util.isObject(object.dataTrackStreamRead))
                        throw $TypeError(".livekit.proto.FfiRequest.dataTrackStreamRead: object expected");
                    message.dataTrackStreamRead = $root.livekit.proto.DataTrackStreamReadRequest.fromObject(object.dataTrackStreamRead, _depth + 1);
                }
                if (object.readyForRoomEvent != null) {
                    if (!$util.isObject(object.readyForRoomEvent))
                        throw $TypeError(".livekit.proto.FfiRequest.readyForRoomEvent: object expected");
                    message.readyForRoomEvent = $root.livekit.proto.ReadyForRoomEventRequest.fromObject(object.readyForRoomEvent, _depth + 1);
                }
                if (object.remoteDataTrackSetPipelineOptions != null) {
                    if (!$util.isObject(object.remoteDataTrackSetPipelineOptions))
                        throw $TypeError(".livekit.proto.FfiRequest.remoteDataTrackSetPipelineOptions: object expected");
                    message.remoteDataTrackSetPipelineOptions = $root.livekit.proto.RemoteDataTrackSetPipelineOptionsRequest.fromObject(object.remoteDataTrackSetPipelineOptions, _depth + 1);
                }
                if (object.defineSchema != null) {
                    if (!$util.isObject(object.defineSchema))
                        throw $TypeError(".livekit.proto.FfiRequest.defineSchema: object expected");
                    message.defineSchema = $root.livekit.proto.DefineSchemaRequest.fromObject(object.defineSchema, _depth + 1);
                }
                if (object.getSchema != null) {
                    if (!$util.isObject(object.getSchema))
                        throw $TypeError(".livekit.proto.FfiRequest.getSchema: object expected");
                    message.getSchema = $root.livekit.proto.GetSchemaRequest.fromObject(object.getSchema, _depth + 1);
                }
                return message;
            };

            FfiRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (message.dispose != null && $Object.hasOwnProperty.call(message, "dispose")) {
                    object.dispose = $root.livekit.proto.DisposeRequest.toObject(message.dispose, options, _depth + 1);
                    if (options.oneofs)
                        object.message = "dispose";
                }
                if (message.connect != null && $Object.hasOwnProperty.call(message, "connect")) {
                    object.connect = $root.livekit.proto.ConnectRequest.toObject(message.connect, options, _depth + 1);
                    if (options.oneofs)
                        object.message = "connect";
                }
                if (message.disconnect != null && $Object.hasOwnProperty.call(message, "disconnect")) {
                    object.disconnect = $root.livekit.proto.DisconnectRequest.toObject(message.disconnect, options, _depth + 1);
                    if (options.oneofs)
                        object.message = "disconnect";
                }
                if (message.getSessionStats != null && $Object.hasOwnProperty.call(message, "getSessionStats")) {
                    object.getSessionStats = $root.livekit.proto.GetSessionStatsRequest.toObject(message.getSessionStats, options, _depth + 1);
                    if (options.oneofs)
                        object.message = "getSessionStats";
                }
                if (message.publishDataTrack != null && $Object.hasOwnProperty.call(message, "publishDataTrack")) {
                    object.publishDataTrack = $root.livekit.proto.PublishDataTrackRequest.toObject(message.publishDataTrack, options, _depth + 1);
                    if (options.oneofs)
                        object.message = "publishDataTrack";
                }
                if (message.localDataTrackTryPush != null && $Object.hasOwnProperty.call(message, "localDataTrackTryPush")) {
                    object.localDataTrackTryPush = $root.livekit.proto.LocalDataTrackTryPushRequest.toObject(message.localDataTrackTryPush, options, _depth + 1);
                    if (options.oneofs)
                        object.message = "localDataTrackTryPush";
                }
                if (message.localDataTrackUnpublish != null && $Object.hasOwnProperty.call(message, "localDataTrackUnpublish")) {
                    object.localDataTrackUnpublish = $root.livekit.proto.LocalDataTrackUnpublishRequest.toObject(message.localDataTrackUnpublish, options, _depth + 1);
                    if (options.oneofs)
                        object.message = "localDataTrackUnpublish";
                }
                if (message.localDataTrackIsPublished != null && $Object.hasOwnProperty.call(message, "localDataTrackIsPublished")) {
                    object.localDataTrackIsPublished = $root.livekit.proto.LocalDataTrackIsPublishedRequest.toObject(message.localDataTrackIsPublished, options, _depth + 1);
                    if (options.oneofs)
                        object.message = "localDataTrackIsPublished";
                }
                if (message.subscribeDataTrack != null && $Object.hasOwnProperty.call(message, "subscribeDataTrack")) {
                    object.subscribeDataTrack = $root.livekit.proto.SubscribeDataTrackRequest.toObject(message.subscribeDataTrack, options, _depth + 1);
                    if (options.oneofs)
                        object.message = "subscribeDataTrack";
                }
                if (message.remoteDataTrackIsPublished != null && $Object.hasOwnProperty.call(message, "remoteDataTrackIsPublished")) {
                    object.remoteDataTrackIsPublished = $root.livekit.proto.RemoteDataTrackIsPublishedRequest.toObject(message.remoteDataTrackIsPublished, options, _depth + 1);
                    if (options.oneofs)
                        object.message = "remoteDataTrackIsPublished";
                }
                if (message.dataTrackStreamRead != null && $Object.hasOwnProperty.call(message, "dataTrackStreamRead")) {
                    object.dataTrackStreamRead = $root.livekit.proto.DataTrackStreamReadRequest.toObject(message.dataTrackStreamRead, options, _depth + 1);
                    if (options.oneofs)
                        object.message = "dataTrackStreamRead";
                }
                if (message.readyForRoomEvent != null && $Object.hasOwnProperty.call(message, "readyForRoomEvent")) {
                    object.readyForRoomEvent = $root.livekit.proto.ReadyForRoomEventRequest.toObject(message.readyForRoomEvent, options, _depth + 1);
                    if (options.oneofs)
                        object.message = "readyForRoomEvent";
                }
                if (message.remoteDataTrackSetPipelineOptions != null && $Object.hasOwnProperty.call(message, "remoteDataTrackSetPipelineOptions")) {
                    object.remoteDataTrackSetPipelineOptions = $root.livekit.proto.RemoteDataTrackSetPipelineOptionsRequest.toObject(message.remoteDataTrackSetPipelineOptions, options, _depth + 1);
                    if (options.oneofs)
                        object.message = "remoteDataTrackSetPipelineOptions";
                }
                if (message.defineSchema != null && $Object.hasOwnProperty.call(message, "defineSchema")) {
                    object.defineSchema = $root.livekit.proto.DefineSchemaRequest.toObject(message.defineSchema, options, _depth + 1);
                    if (options.oneofs)
                        object.message = "defineSchema";
                }
                if (message.getSchema != null && $Object.hasOwnProperty.call(message, "getSchema")) {
                    object.getSchema = $root.livekit.proto.GetSchemaRequest.toObject(message.getSchema, options, _depth + 1);
                    if (options.oneofs)
                        object.message = "getSchema";
                }
                return object;
            };

            FfiRequest.prototype.toJSON = function() {
                return FfiRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            return FfiRequest;
        })();

        proto.FfiResponse = (function() {

            const FfiResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            FfiResponse.prototype.dispose = null;
            FfiResponse.prototype.connect = null;
            FfiResponse.prototype.disconnect = null;
            FfiResponse.prototype.getSessionStats = null;
            FfiResponse.prototype.publishDataTrack = null;
            FfiResponse.prototype.localDataTrackTryPush = null;
            FfiResponse.prototype.localDataTrackUnpublish = null;
            FfiResponse.prototype.localDataTrackIsPublished = null;
            FfiResponse.prototype.subscribeDataTrack = null;
            FfiResponse.prototype.remoteDataTrackIsPublished = null;
            FfiResponse.prototype.dataTrackStreamRead = null;
            FfiResponse.prototype.readyForRoomEvent = null;
            FfiResponse.prototype.remoteDataTrackSetPipelineOptions = null;
            FfiResponse.prototype.defineSchema = null;
            FfiResponse.prototype.getSchema = null;

            let $oneOfFields;

            $Object.defineProperty(FfiResponse.prototype, "message", {
                get: $util.oneOfGetter($oneOfFields = ["dispose", "connect", "disconnect", "getSessionStats", "publishDataTrack", "localDataTrackTryPush", "localDataTrackUnpublish", "localDataTrackIsPublished", "subscribeDataTrack", "remoteDataTrackIsPublished", "dataTrackStreamRead", "readyForRoomEvent", "remoteDataTrackSetPipelineOptions", "defineSchema", "getSchema"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            FfiResponse.create = function(properties) {
                return new FfiResponse(properties);
            };

            FfiResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.dispose != null && $Object.hasOwnProperty.call(message, "dispose"))
                    $root.livekit.proto.DisposeResponse.encode(message.dispose, writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.connect != null && $Object.hasOwnProperty.call(message, "connect"))
                    $root.livekit.proto.ConnectResponse.encode(message.connect, writer.uint32(26).fork(), _depth + 1).ldelim();
                if (message.disconnect != null && $Object.hasOwnProperty.call(message, "disconnect"))
                    $root.livekit.proto.DisconnectResponse.encode(message.disconnect, writer.uint32(34).fork(), _depth + 1).ldelim();
                if (message.getSessionStats != null && $Object.hasOwnProperty.call(message, "getSessionStats"))
                    $root.livekit.proto.GetSessionStatsResponse.encode(message.getSessionStats, writer.uint32(98).fork(), _depth + 1).ldelim();
                if (message.publishDataTrack != null && $Object.hasOwnProperty.call(message, "publishDataTrack"))
                    $root.livekit.proto.PublishDataTrackResponse.encode(message.publishDataTrack, writer.uint32(546).fork(), _depth + 1).ldelim();
                if (message.localDataTrackTryPush != null && $Object.hasOwnProperty.call(message, "localDataTrackTryPush"))
                    $root.livekit.proto.LocalDataTrackTryPushResponse.encode(message.localDataTrackTryPush, writer.uint32(554).fork(), _depth + 1).ldelim();
                if (message.localDataTrackUnpublish != null && $Object.hasOwnProperty.call(message, "localDataTrackUnpublish"))
                    $root.livekit.proto.LocalDataTrackUnpublishResponse.encode(message.localDataTrackUnpublish, writer.uint32(562).fork(), _depth + 1).ldelim();
                if (message.localDataTrackIsPublished != null && $Object.hasOwnProperty.call(message, "localDataTrackIsPublished"))
                    $root.livekit.proto.LocalDataTrackIsPublishedResponse.encode(message.localDataTrackIsPublished, writer.uint32(570).fork(), _depth + 1).ldelim();
                if (message.subscribeDataTrack != null && $Object.hasOwnProperty.call(message, "subscribeDataTrack"))
                    $root.livekit.proto.SubscribeDataTrackResponse.encode(message.subscribeDataTrack, writer.uint32(578).fork(), _depth + 1).ldelim();
                if (message.remoteDataTrackIsPublished != null && $Object.hasOwnProperty.call(message, "remoteDataTrackIsPublished"))
                    $root.livekit.proto.RemoteDataTrackIsPublishedResponse.encode(message.remoteDataTrackIsPublished, writer.uint32(586).fork(), _depth + 1).ldelim();
                if (message.dataTrackStreamRead != null && $Object.hasOwnProperty.call(message, "dataTrackStreamRead"))
                    $root.livekit.proto.DataTrackStreamReadResponse.encode(message.dataTrackStreamRead, writer.uint32(594).fork(), _depth + 1).ldelim();
                if (message.readyForRoomEvent != null && $Object.hasOwnProperty.call(message, "readyForRoomEvent"))
                    $root.livekit.proto.ReadyForRoomEventResponse.encode(message.readyForRoomEvent, writer.uint32(658).fork(), _depth + 1).ldelim();
                if (message.remoteDataTrackSetPipelineOptions != null && $Object.hasOwnProperty.call(message, "remoteDataTrackSetPipelineOptions"))
                    $root.livekit.proto.RemoteDataTrackSetPipelineOptionsResponse.encode(message.remoteDataTrackSetPipelineOptions, writer.uint32(674).fork(), _depth + 1).ldelim();
                if (message.defineSchema != null && $Object.hasOwnProperty.call(message, "defineSchema"))
                    $root.livekit.proto.DefineSchemaResponse.encode(message.defineSchema, writer.uint32(682).fork(), _depth + 1).ldelim();
                if (message.getSchema != null && $Object.hasOwnProperty.call(message, "getSchema"))
                    $root.livekit.proto.GetSchemaResponse.encode(message.getSchema, writer.uint32(690).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            FfiResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.livekit.proto.FfiResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.dispose = $root.livekit.proto.DisposeResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.dispose);
                            message.message = "dispose";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.connect = $root.livekit.proto.ConnectResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.connect);
                            message.message = "connect";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.disconnect = $root.livekit.proto.DisconnectResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.disconnect);
                            message.message = "disconnect";
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            message.getSessionStats = $root.livekit.proto.GetSessionStatsResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.getSessionStats);
                            message.message = "getSessionStats";
                            continue;
                        }
                    case 68: {
                            if (wireType !== 2)
                                break;
                            message.publishDataTrack = $root.livekit.proto.PublishDataTrackResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.publishDataTrack);
                            message.message = "publishDataTrack";
                            continue;
                        }
                    case 69: {
                            if (wireType !== 2)
                                break;
                            message.localDataTrackTryPush = $root.livekit.proto.LocalDataTrackTryPushResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.localDataTrackTryPush);
                            message.message = "localDataTrackTryPush";
                            continue;
                        }
                    case 70: {
                            if (wireType !== 2)
                                break;
                            message.localDataTrackUnpublish = $root.livekit.proto.LocalDataTrackUnpublishResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.localDataTrackUnpublish);
                            message.message = "localDataTrackUnpublish";
                            continue;
                        }
                    case 71: {
                            if (wireType !== 2)
                                break;
                            message.localDataTrackIsPublished = $root.livekit.proto.LocalDataTrackIsPublishedResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.localDataTrackIsPublished);
                            message.message = "localDataTrackIsPublished";
                            continue;
                        }
                    case 72: {
                            if (wireType !== 2)
                                break;
                            message.subscribeDataTrack = $root.livekit.proto.SubscribeDataTrackResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.subscribeDataTrack);
                            message.message = "subscribeDataTrack";
                            continue;
                        }
                    case 73: {
                            if (wireType !== 2)
                                break;
                            message.remoteDataTrackIsPublished = $root.livekit.proto.RemoteDataTrackIsPublishedResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.remoteDataTrackIsPublished);
                            message.message = "remoteDataTrackIsPublished";
                            continue;
                        }
                    case 74: {
                            if (wireType !== 2)
                                break;
                            message.dataTrackStreamRead = $root.livekit.proto.DataTrackStreamReadResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.dataTrackStreamRead);
                            message.message = "dataTrackStreamRead";
                            continue;
                        }
                    case 82: {
                            if (wireType !== 2)
                                break;
                            message.readyForRoomEvent = $root.livekit.proto.ReadyForRoomEventResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.readyForRoomEvent);
                            message.message = "readyForRoomEvent";
                            continue;
                        }
                    case 84: {
                            if (wireType !== 2)
                                break;
                            message.remoteDataTrackSetPipelineOptions = $root.livekit.proto.RemoteDataTrackSetPipelineOptionsResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.remoteDataTrackSetPipelineOptions);
                            message.message = "remoteDataTrackSetPipelineOptions";
                            continue;
                        }
                    case 85: {
                            if (wireType !== 2)
                                break;
                            message.defineSchema = $root.livekit.proto.DefineSchemaResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.defineSchema);
                            message.message = "defineSchema";
                            continue;
                        }
                    case 86: {
                            if (wireType !== 2)
                                break;
                            message.getSchema = $root.livekit.proto.GetSchemaResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.getSchema);
                            message.message = "getSchema";
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

            FfiResponse.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.dispose != null && $Object.hasOwnProperty.call(message, "dispose")) {
                    properties.message = 1;
                    {
                        let error = $root.livekit.proto.DisposeResponse.verify(message.dispose, _depth + 1);
                        if (error)
                            return "dispose." + error;
                    }
                }
                if (message.connect != null && $Object.hasOwnProperty.call(message, "connect")) {
                    if (properties.message === 1)
                        return "message: multiple values";
                    properties.message = 1;
                    {
                        let error = $root.livekit.proto.ConnectResponse.verify(message.connect, _depth + 1);
                        if (error)
                            return "connect." + error;
                    }
                }
                if (message.disconnect != null && $Object.hasOwnProperty.call(message, "disconnect")) {
                    if (properties.message === 1)
                        return "message: multiple values";
                    properties.message = 1;
                    {
                        let error = $root.livekit.proto.DisconnectResponse.verify(message.disconnect, _depth + 1);
                        if (error)
                            return "disconnect." + error;
                    }
                }
                if (message.getSessionStats != null && $Object.hasOwnProperty.call(message, "getSessionStats")) {
                    if (properties.message === 1)
                        return "message: multiple values";
                    properties.message = 1;
                    {
                        let error = $root.livekit.proto.GetSessionStatsResponse.verify(message.getSessionStats, _depth + 1);
                        if (error)
                            return "getSessionStats." + error;
                    }
                }
                if (message.publishDataTrack != null && $Object.hasOwnProperty.call(message, "publishDataTrack")) {
                    if (properties.message === 1)
                        return "message: multiple values";
                    properties.message = 1;
                    {
                        let error = $root.livekit.proto.PublishDataTrackResponse.verify(message.publishDataTrack, _depth + 1);
                        if (error)
                            return "publishDataTrack." + error;
                    }
                }
                if (message.localDataTrackTryPush != null && $Object.hasOwnProperty.call(message, "localDataTrackTryPush")) {
                    if (properties.message === 1)
                        return "message: multiple values";
                    properties.message = 1;
                    {
                        let error = $root.livekit.proto.LocalDataTrackTryPushResponse.verify(message.localDataTrackTryPush, _depth + 1);
                        if (error)
                            return "localDataTrackTryPush." + error;
                    }
                }
                if (message.localDataTrackUnpublish != null && $Object.hasOwnProperty.call(message, "localDataTrackUnpublish")) {
                    if (properties.message === 1)
                        return "message: multiple values";
                    properties.message = 1;
                    {
                        let error = $root.livekit.proto.LocalDataTrackUnpublishResponse.verify(message.localDataTrackUnpublish, _depth + 1);
                        if (error)
                            return "localDataTrackUnpublish." + error;
                    }
                }
                if (message.localDataTrackIsPublished != null && $Object.hasOwnProperty.call(message, "localDataTrackIsPublished")) {
                    if (properties.message === 1)
                        return "message: multiple values";
                    properties.message = 1;
                    {
                        let error = $root.livekit.proto.LocalDataTrackIsPublishedResponse.verify(message.localDataTrackIsPublished, _depth + 1);
                        if (error)
                            return "localDataTrackIsPublished." + error;
                    }
                }
                if (message.subscribeDataTrack != null && $Object.hasOwnProperty.call(message, "subscribeDataTrack")) {
                    if (properties.message === 1)
                        return "message: multiple values";
                    properties.message = 1;
                    {
                        let error = $root.livekit.proto.SubscribeDataTrackResponse.verify(message.subscribeDataTrack, _depth + 1);
                        if (error)
                            return "subscribeDataTrack." + error;
                    }
                }
                if (message.remoteDataTrackIsPublished != null && $Object.hasOwnProperty.call(message, "remoteDataTrackIsPublished")) {
                    if (properties.message === 1)
                        return "message: multiple values";
                    properties.message = 1;
                    {
                        let error = $root.livekit.proto.RemoteDataTrackIsPublishedResponse.verify(message.remoteDataTrackIsPublished, _depth + 1);
                        if (error)
                            return "remoteDataTrackIsPublished." + error;
                    }
                }
                if (message.dataTrackStreamRead != null && $Object.hasOwnProperty.call(message, "dataTrackStreamRead")) {
                    if (properties.message === 1)
                        return "message: multiple values";
                    properties.message = 1;
                    {
                        let error = $root.livekit.proto.DataTrackStreamReadResponse.verify(message.dataTrackStreamRead, _depth + 1);
                        if (error)
                            return "dataTrackStreamRead." + error;
                    }
                }
                if (message.readyForRoomEvent != null && $Object.hasOwnProperty.call(message, "readyForRoomEvent")) {
                    if (properties.message === 1)
                        return "message: multiple values";
                    properties.message = 1;
                    {
                        let error = $root.livekit.proto.ReadyForRoomEventResponse.verify(message.readyForRoomEvent, _depth + 1);
                        if (error)
                            return "readyForRoomEvent." + error;
                    }
                }
                if (message.remoteDataTrackSetPipelineOptions != null && $Object.hasOwnProperty.call(message, "remoteDataTrackSetPipelineOptions")) {
                    if (properties.message === 1)
                        return "message: multiple values";
                    properties.message = 1;
                    {
                        let error = $root.livekit.proto.RemoteDataTrackSetPipelineOptionsResponse.verify(message.remoteDataTrackSetPipelineOptions, _depth + 1);
                        if (error)
                            return "remoteDataTrackSetPipelineOptions." + error;
                    }
                }
                if (message.defineSchema != null && $Object.hasOwnProperty.call(message, "defineSchema")) {
                    if (properties.message === 1)
                        return "message: multiple values";
                    properties.message = 1;
                    {
                        let error = $root.livekit.proto.DefineSchemaResponse.verify(message.defineSchema, _depth + 1);
                        if (error)
                            return "defineSchema." + error;
                    }
                }
                if (message.getSchema != null && $Object.hasOwnProperty.call(message, "getSchema")) {
                    if (properties.message === 1)
                        return "message: multiple values";
                    properties.message = 1;
                    {
                        let error = $root.livekit.proto.GetSchemaResponse.verify(message.getSchema, _depth + 1);
                        if (error)
                            return "getSchema." + error;
                    }
                }
                return null;
            };

            FfiResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.livekit.proto.FfiResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".livekit.proto.FfiResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.livekit.proto.FfiResponse();
                if (object.dispose != null) {
                    if (!$util.isObject(object.dispose))
                        throw $TypeError(".livekit.proto.FfiResponse.dispose: object expected");
                    message.dispose = $root.livekit.proto.DisposeResponse.fromObject(object.dispose, _depth + 1);
                }
                if (object.connect != null) {
                    if (!$util.isObject(object.connect))
                        throw $TypeError(".livekit.proto.FfiResponse.connect: object expected");
                    message.connect = $root.livekit.proto.ConnectResponse.fromObject(object.connect, _depth + 1);
                }
                if (object.disconnect != null) {
                    if (!$util.isObject(object.disconnect))
                        throw $TypeError(".livekit.proto.FfiResponse.disconnect: object expected");
                    message.disconnect = $root.livekit.proto.DisconnectResponse.fromObject(object.disconnect, _depth + 1);
                }
                if (object.getSessionStats != null) {
                    if (!$util.isObject(object.getSessionStats))
                        throw $TypeError(".livekit.proto.FfiResponse.getSessionStats: object expected");
                    message.getSessionStats = $root.livekit.proto.GetSessionStatsResponse.fromObject(object.getSessionStats, _depth + 1);
                }
                if (object.publishDataTrack != null) {
                    if (!$util.isObject(object.publishDataTrack))
                        throw $TypeError(".livekit.proto.FfiResponse.publishDataTrack: object expected");
                    message.publishDataTrack = $root.livekit.proto.PublishDataTrackResponse.fromObject(object.publishDataTrack, _depth + 1);
                }
                if (object.localDataTrackTryPush != null) {
                    if (!$util.isObject(object.localDataTrackTryPush))
                        throw $TypeError(".livekit.proto.FfiResponse.localDataTrackTryPush: object expected");
                    message.localDataTrackTryPush = $root.livekit.proto.LocalDataTrackTryPushResponse.fromObject(object.localDataTrackTryPush, _depth + 1);
                }
                if (object.localDataTrackUnpublish != null) {
                    if (!$util.isObject(object.localDataTrackUnpublish))
                        throw $TypeError(".livekit.proto.FfiResponse.localDataTrackUnpublish: object expected");
                    message.localDataTrackUnpublish = $root.livekit.proto.LocalDataTrackUnpublishResponse.fromObject(object.localDataTrackUnpublish, _depth + 1);
                }
                if (object.localDataTrackIsPublished != null) {
                    if (!$util.isObject(object.localDataTrackIsPublished))
                        throw $TypeError(".livekit.proto.FfiResponse.localDataTrackIsPublished: object expected");
                    message.localDataTrackIsPublished = $root.livekit.proto.LocalDataTrackIsPublishedResponse.fromObject(object.localDataTrackIsPublished, _depth + 1);
                }
                if (object.subscribeDataTrack != null) {
                    if (!$util.isObject(object.subscribeDataTrack))
                        throw $TypeError(".livekit.proto.FfiResponse.subscribeDataTrack: object expected");
                    message.subscribeDataTrack = $root.livekit.proto.SubscribeDataTrackResponse.fromObject(object.subscribeDataTrack, _depth + 1);
                }
                if (object.remoteDataTrackIsPublished != null) {
                    if (!$util.isObject(object.remoteDataTrackIsPublished))
                        throw $TypeError(".livekit.proto.FfiResponse.remoteDataTrackIsPublished: object expected");
                    message.remoteDataTrackIsPublished = $root.livekit.proto.RemoteDataTrackIsPublishedResponse.fromObject(object.remoteDataTrackIsPublished, _depth + 1);
                }
                if (object.dataTrackStreamRead != null) {
                    if (!$util.isObject(object.dataTrackStreamRead))
                        throw $TypeError(".livekit.proto.FfiResponse.dataTrackStreamRead: object expected");
                    message.dataTrackStreamRead = $root.livekit.proto.DataTrackStreamReadResponse.fromObject(object.dataTrackStreamRead, _depth + 1);
                }
                if (object.readyForRoomEvent != null) {
                    if (!$util.isObject(object.readyForRoomEvent))
                        throw $TypeError(".livekit.proto.FfiResponse.readyForRoomEvent: object expected");
                    message.readyForRoomEvent = $root.livekit.proto.ReadyForRoomEventResponse.fromObject(object.readyForRoomEvent, _depth + 1);
                }
                if (object.remoteDataTrackSetPipelineOptions != null) {
                    if (!$util.isObject(object.remoteDataTrackSetPipelineOptions))
                        throw $TypeError(".livekit.proto.FfiResponse.remoteDataTrackSetPipelineOptions: object expected");
                    message.remoteDataTrackSetPipelineOptions = $root.livekit.proto.RemoteDataTrackSetPipelineOptionsResponse.fromObject(object.remoteDataTrackSetPipelineOptions, _depth + 1);
                }
                if (object.defineSchema != null) {
                    if (!$util.isObject(object.defineSchema))
                        throw $TypeError(".livekit.proto.FfiResponse.defineSchema: object expected");
                    message.defineSchema = $root.livekit.proto.DefineSchemaResponse.fromObject(object.defineSchema, _depth + 1);
                }
                if (object.getSchema != null) {
                    if (!$util.isObject(object.getSchema))
                        throw $TypeError(".livekit.proto.FfiResponse.getSchema: object expected");
                    message.getSchema = $root.livekit.proto.GetSchemaResponse.fromObject(object.getSchema, _depth + 1);
                }
                return message;
            };

            FfiResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (message.dispose != null && $Object.hasOwnProperty.call(message, "dispose")) {
                    object.dispose = $root.livekit.proto.DisposeResponse.toObject(message.dispose, options, _depth + 1);
                    if (options.oneofs)
                        object.message = "dispose";
                }
                if (message.connect != null && $Object.hasOwnProperty.call(message, "connect")) {
                    object.connect = $root.livekit.proto.ConnectResponse.toObject(message.connect, options, _depth + 1);
                    if (options.oneofs)
                        object.message = "connect";
                }
                if (message.disconnect != null && $Object.hasOwnProperty.call(message, "disconnect")) {
                    object.disconnect = $root.livekit.proto.DisconnectResponse.toObject(message.disconnect, options, _depth + 1);
                    if (options.oneofs)
                        object.message = "disconnect";
                }
                if (message.getSessionStats != null && $Object.hasOwnProperty.call(message, "getSessionStats")) {
                    object.getSessionStats = $root.livekit.proto.GetSessionStatsResponse.toObject(message.getSessionStats, options, _depth + 1);
                    if (options.oneofs)
                        object.message = "getSessionStats";
                }
                if (message.publishDataTrack != null && $Object.hasOwnProperty.call(message, "publishDataTrack")) {
                    object.publishDataTrack = $root.livekit.proto.PublishDataTrackResponse.toObject(message.publishDataTrack, options, _depth + 1);
                    if (options.oneofs)
                        object.message = "publishDataTrack";
                }
                if (message.localDataTrackTryPush != null && $Object.hasOwnProperty.call(message, "localDataTrackTryPush")) {
                    object.localDataTrackTryPush = $root.livekit.proto.LocalDataTrackTryPushResponse.toObject(message.localDataTrackTryPush, options, _depth + 1);
                    if (options.oneofs)
                        object.message = "localDataTrackTryPush";
                }
                if (message.localDataTrackUnpublish != null && $Object.hasOwnProperty.call(message, "localDataTrackUnpublish")) {
                    object.localDataTrackUnpublish = $root.livekit.proto.LocalDataTrackUnpublishResponse.toObject(message.localDataTrackUnpublish, options, _depth + 1);
                    if (options.oneofs)
                        object.message = "localDataTrackUnpublish";
                }
                if (message.localDataTrackIsPublished != null && $Object.hasOwnProperty.call(message, "localDataTrackIsPublished")) {
                    object.localDataTrackIsPublished = $root.livekit.proto.LocalDataTrackIsPublishedResponse.toObject(message.localDataTrackIsPublished, options, _depth + 1);
                    if (options.oneofs)
                        object.message = "localDataTrackIsPublished";
                }
                if (message.subscribeDataTrack != null && $Object.hasOwnProperty.call(message, "subscribeDataTrack")) {
                    object.subscribeDataTrack = $root.livekit.proto.SubscribeDataTrackResponse.toObject(message.subscribeDataTrack, options, _depth + 1);
                    if (options.oneofs)
                        object.message = "subscribeDataTrack";
                }
                if (message.remoteDataTrackIsPublished != null && $Object.hasOwnProperty.call(message, "remoteDataTrackIsPublished")) {
                    object.remoteDataTrackIsPublished = $root.livekit.proto.RemoteDataTrackIsPublishedResponse.toObject(message.remoteDataTrackIsPublished, options, _depth + 1);
                    if (options.oneofs)
                        object.message = "remoteDataTrackIsPublished";
                }
                if (message.dataTrackStreamRead != null && $Object.hasOwnProperty.call(message, "dataTrackStreamRead")) {
                    object.dataTrackStreamRead = $root.livekit.proto.DataTrackStreamReadResponse.toObject(message.dataTrackStreamRead, options, _depth + 1);
                    if (options.oneofs)
                        object.message = "dataTrackStreamRead";
                }
                if (message.readyForRoomEvent != null && $Object.hasOwnProperty.call(message, "readyForRoomEvent")) {
                    object.readyForRoomEvent = $root.livekit.proto.ReadyForRoomEventResponse.toObject(message.readyForRoomEvent, options, _depth + 1);
                    if (options.oneofs)
                        object.message = "readyForRoomEvent";
                }
                if (message.remoteDataTrackSetPipelineOptions != null && $Object.hasOwnProperty.call(message, "remoteDataTrackSetPipelineOptions")) {
                    object.remoteDataTrackSetPipelineOptions = $root.livekit.proto.RemoteDataTrackSetPipelineOptionsResponse.toObject(message.remoteDataTrackSetPipelineOptions, options, _depth + 1);
                    if (options.oneofs)
                        object.message = "remoteDataTrackSetPipelineOptions";
                }
                if (message.defineSchema != null && $Object.hasOwnProperty.call(message, "defineSchema")) {
                    object.defineSchema = $root.livekit.proto.DefineSchemaResponse.toObject(message.defineSchema, options, _depth + 1);
                    if (options.oneofs)
                        object.message = "defineSchema";
                }
                if (message.getSchema != null && $Object.hasOwnProperty.call(message, "getSchema")) {
                    object.getSchema = $root.livekit.proto.GetSchemaResponse.toObject(message.getSchema, options, _depth + 1);
                    if (options.oneofs)
                        object.message = "getSchema";
                }
                return object;
            };

            FfiResponse.prototype.toJSON = function() {
                return FfiResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            return FfiResponse;
        })();

        proto.FfiEvent = (function() {

            const FfiEvent = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            FfiEvent.prototype.roomEvent = null;
            FfiEvent.prototype.connect = null;
            FfiEvent.prototype.disconnect = null;
            FfiEvent.prototype.dispose = null;
            FfiEvent.prototype.logs = null;
            FfiEvent.prototype.getSessionStats = null;
            FfiEvent.prototype.panic = null;
            FfiEvent.prototype.publishDataTrack = null;
            FfiEvent.prototype.dataTrackStreamEvent = null;
            FfiEvent.prototype.defineSchema = null;
            FfiEvent.prototype.getSchema = null;

            let $oneOfFields;

            $Object.defineProperty(FfiEvent.prototype, "message", {
                get: $util.oneOfGetter($oneOfFields = ["roomEvent", "connect", "disconnect", "dispose", "logs", "getSessionStats", "panic", "publishDataTrack", "dataTrackStreamEvent", "defineSchema", "getSchema"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            FfiEvent.create = function(properties) {
                return new FfiEvent(properties);
            };

            FfiEvent.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.roomEvent != null && $Object.hasOwnProperty.call(message, "roomEvent"))
                    $root.livekit.proto.RoomEvent.encode(message.roomEvent, writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.connect != null && $Object.hasOwnProperty.call(message, "connect"))
                    $root.livekit.proto.ConnectCallback.encode(message.connect, writer.uint32(42).fork(), _depth + 1).ldelim();
                if (message.disconnect != null && $Object.hasOwnProperty.call(message, "disconnect"))
                    $root.livekit.proto.DisconnectCallback.encode(message.disconnect, writer.uint32(58).fork(), _depth + 1).ldelim();
                if (message.dispose != null && $Object.hasOwnProperty.call(message, "dispose"))
                    $root.livekit.proto.DisposeCallback.encode(message.dispose, writer.uint32(66).fork(), _depth + 1).ldelim();
                if (message.logs != null && $Object.hasOwnProperty.call(message, "logs"))
                    $root.livekit.proto.LogBatch.encode(message.logs, writer.uint32(146).fork(), _depth + 1).ldelim();
                if (message.getSessionStats != null && $Object.hasOwnProperty.call(message, "getSessionStats"))
                    $root.livekit.proto.GetSessionStatsCallback.encode(message.getSessionStats, writer.uint32(154).fork(), _depth + 1).ldelim();
                if (message.panic != null && $Object.hasOwnProperty.call(message, "panic"))
                    $root.livekit.proto.Panic.encode(message.panic, writer.uint32(162).fork(), _depth + 1).ldelim();
                if (message.publishDataTrack != null && $Object.hasOwnProperty.call(message, "publishDataTrack"))
                    $root.livekit.proto.PublishDataTrackCallback.encode(message.publishDataTrack, writer.uint32(338).fork(), _depth + 1).ldelim();
                if (message.dataTrackStreamEvent != null && $Object.hasOwnProperty.call(message, "dataTrackStreamEvent"))
                    $root.livekit.proto.DataTrackStreamEvent.encode(message.dataTrackStreamEvent, writer.uint32(346).fork(), _depth + 1).ldelim();
                if (message.defineSchema != null && $Object.hasOwnProperty.call(message, "defineSchema"))
                    $root.livekit.proto.DefineSchemaCallback.encode(message.defineSchema, writer.uint32(362).fork(), _depth + 1).ldelim();
                if (message.getSchema != null && $Object.hasOwnProperty.call(message, "getSchema"))
                    $root.livekit.proto.GetSchemaCallback.encode(message.getSchema, writer.uint32(370).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            FfiEvent.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.livekit.proto.FfiEvent();
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
                            message.roomEvent = $root.livekit.proto.RoomEvent.decode(reader, reader.size(), $undefined, _depth + 1, message.roomEvent);
                            message.message = "roomEvent";
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.connect = $root.livekit.proto.ConnectCallback.decode(reader, reader.size(), $undefined, _depth + 1, message.connect);
                            message.message = "connect";
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            message.disconnect = $root.livekit.proto.DisconnectCallback.decode(reader, reader.size(), $undefined, _depth + 1, message.disconnect);
                            message.message = "disconnect";
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            message.dispose = $root.livekit.proto.DisposeCallback.decode(reader, reader.size(), $undefined, _depth + 1, message.dispose);
                            message.message = "dispose";
                            continue;
                        }
                    case 18: {
                            if (wireType !== 2)
                                break;
                            message.logs = $root.livekit.proto.LogBatch.decode(reader, reader.size(), $undefined, _depth + 1, message.logs);
                            message.message = "logs";
                            continue;
                        }
                    case 19: {
                            if (wireType !== 2)
                                break;
                            message.getSessionStats = $root.livekit.proto.GetSessionStatsCallback.decode(reader, reader.size(), $undefined, _depth + 1, message.getSessionStats);
                            message.message = "getSessionStats";
                            continue;
                        }
                    case 20: {
                            if (wireType !== 2)
                                break;
                            message.panic = $root.livekit.proto.Panic.decode(reader, reader.size(), $undefined, _depth + 1, message.panic);
                            message.message = "panic";
                            continue;
                        }
                    case 42: {
                            if (wireType !== 2)
                                break;
                            message.publishDataTrack = $root.livekit.proto.PublishDataTrackCallback.decode(reader, reader.size(), $undefined, _depth + 1, message.publishDataTrack);
                            message.message = "publishDataTrack";
                            continue;
                        }
                    case 43: {
                            if (wireType !== 2)
                                break;
                            message.dataTrackStreamEvent = $root.livekit.proto.DataTrackStreamEvent.decode(reader, reader.size(), $undefined, _depth + 1, message.dataTrackStreamEvent);
                            message.message = "dataTrackStreamEvent";
                            continue;
                        }
                    case 45: {
                            if (wireType !== 2)
                                break;
                            message.defineSchema = $root.livekit.proto.DefineSchemaCallback.decode(reader, reader.size(), $undefined, _depth + 1, message.defineSchema);
                            message.message = "defineSchema";
                            continue;
                        }
                    case 46: {
                            if (wireType !== 2)
                                break;
                            message.getSchema = $root.livekit.proto.GetSchemaCallback.decode(reader, reader.size(), $undefined, _depth + 1, message.getSchema);
                            message.message = "getSchema";
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

            FfiEvent.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.roomEvent != null && $Object.hasOwnProperty.call(message, "roomEvent")) {
                    properties.message = 1;
                    {
                        let error = $root.livekit.proto.RoomEvent.verify(message.roomEvent, _depth + 1);
                        if (error)
                            return "roomEvent." + error;
                    }
                }
                if (message.connect != null && $Object.hasOwnProperty.call(message, "connect")) {
                    if (properties.message === 1)
                        return "message: multiple values";
                    properties.message = 1;
                    {
                        let error = $root.livekit.proto.ConnectCallback.verify(message.connect, _depth + 1);
                        if (error)
                            return "connect." + error;
                    }
                }
                if (message.disconnect != null && $Object.hasOwnProperty.call(message, "disconnect")) {
                    if (properties.message === 1)
                        return "message: multiple values";
                    properties.message = 1;
                    {
                        let error = $root.livekit.proto.DisconnectCallback.verify(message.disconnect, _depth + 1);
                        if (error)
                            return "disconnect." + error;
                    }
                }
                if (message.dispose != null && $Object.hasOwnProperty.call(message, "dispose")) {
                    if (properties.message === 1)
                        return "message: multiple values";
                    properties.message = 1;
                    {
                        let error = $root.livekit.proto.DisposeCallback.verify(message.dispose, _depth + 1);
                        if (error)
                            return "dispose." + error;
                    }
                }
                if (message.logs != null && $Object.hasOwnProperty.call(message, "logs")) {
                    if (properties.message === 1)
                        return "message: multiple values";
                    properties.message = 1;
                    {
                        let error = $root.livekit.proto.LogBatch.verify(message.logs, _depth + 1);
                        if (error)
                            return "logs." + error;
                    }
                }
                if (message.getSessionStats != null && $Object.hasOwnProperty.call(message, "getSessionStats")) {
                    if (properties.message === 1)
                        return "message: multiple values";
                    properties.message = 1;
                    {
                        let error = $root.livekit.proto.GetSessionStatsCallback.verify(message.getSessionStats, _depth + 1);
                        if (error)
                            return "getSessionStats." + error;
                    }
                }
                if (message.panic != null && $Object.hasOwnProperty.call(message, "panic")) {
                    if (properties.message === 1)
                        return "message: multiple values";
                    properties.message = 1;
                    {
                        let error = $root.livekit.proto.Panic.verify(message.panic, _depth + 1);
                        if (error)
                            return "panic." + error;
                    }
                }
                if (message.publishDataTrack != null && $Object.hasOwnProperty.call(message, "publishDataTrack")) {
                    if (properties.message === 1)
                        return "message: multiple values";
                    properties.message = 1;
                    {
                        let error = $root.livekit.proto.PublishDataTrackCallback.verify(message.publishDataTrack, _depth + 1);
                        if (error)
                            return "publishDataTrack." + error;
                    }
                }
                if (message.dataTrackStreamEvent != null && $Object.hasOwnProperty.call(message, "dataTrackStreamEvent")) {
                    if (properties.message === 1)
                        return "message: multiple values";
                    properties.message = 1;
                    {
                        let error = $root.livekit.proto.DataTrackStreamEvent.verify(message.dataTrackStreamEvent, _depth + 1);
                        if (error)
                            return "dataTrackStreamEvent." + error;
                    }
                }
                if (message.defineSchema != null && $Object.hasOwnProperty.call(message, "defineSchema")) {
                    if (properties.message === 1)
                        return "message: multiple values";
                    properties.message = 1;
                    {
                        let error = $root.livekit.proto.DefineSchemaCallback.verify(message.defineSchema, _depth + 1);
                        if (error)
                            return "defineSchema." + error;
                    }
                }
                if (message.getSchema != null && $Object.hasOwnProperty.call(message, "getSchema")) {
                    if (properties.message === 1)
                        return "message: multiple values";
                    properties.message = 1;
                    {
                        let error = $root.livekit.proto.GetSchemaCallback.verify(message.getSchema, _depth + 1);
                        if (error)
                            return "getSchema." + error;
                    }
                }
                return null;
            };

            FfiEvent.fromObject = function (object, _depth) {
                if (object instanceof $root.livekit.proto.FfiEvent)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".livekit.proto.FfiEvent: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.livekit.proto.FfiEvent();
                if (object.roomEvent != null) {
                    if (!$util.isObject(object.roomEvent))
                        throw $TypeError(".livekit.proto.FfiEvent.roomEvent: object expected");
                    message.roomEvent = $root.livekit.proto.RoomEvent.fromObject(object.roomEvent, _depth + 1);
                }
                if (object.connect != null) {
                    if (!$util.isObject(object.connect))
                        throw $TypeError(".livekit.proto.FfiEvent.connect: object expected");
                    message.connect = $root.livekit.proto.ConnectCallback.fromObject(object.connect, _depth + 1);
                }
                if (object.disconnect != null) {
                    if (!$util.isObject(object.disconnect))
                        throw $TypeError(".livekit.proto.FfiEvent.disconnect: object expected");
                    message.disconnect = $root.livekit.proto.DisconnectCallback.fromObject(object.disconnect, _depth + 1);
                }
                if (object.dispose != null) {
                    if (!$util.isObject(object.dispose))
                        throw $TypeError(".livekit.proto.FfiEvent.dispose: object expected");
                    message.dispose = $root.livekit.proto.DisposeCallback.fromObject(object.dispose, _depth + 1);
                }
                if (object.logs != null) {
                    if (!$util.isObject(object.logs))
                        throw $TypeError(".livekit.proto.FfiEvent.logs: object expected");
                    message.logs = $root.livekit.proto.LogBatch.fromObject(object.logs, _depth + 1);
                }
                if (object.getSessionStats != null) {
                    if (!$util.isObject(object.getSessionStats))
                        throw $TypeError(".livekit.proto.FfiEvent.getSessionStats: object expected");
                    message.getSessionStats = $root.livekit.proto.GetSessionStatsCallback.fromObject(object.getSessionStats, _depth + 1);
                }
                if (object.panic != null) {
                    if (!$util.isObject(object.panic))
                        throw $TypeError(".livekit.proto.FfiEvent.panic: object expected");
                    message.panic = $root.livekit.proto.Panic.fromObject(object.panic, _depth + 1);
                }
                if (object.publishDataTrack != null) {
                    if (!$util.isObject(object.publishDataTrack))
                        throw $TypeError(".livekit.proto.FfiEvent.publishDataTrack: object expected");
                    message.publishDataTrack = $root.livekit.proto.PublishDataTrackCallback.fromObject(object.publishDataTrack, _depth + 1);
                }
                if (object.dataTrackStreamEvent != null) {
                    if (!$util.isObject(object.dataTrackStreamEvent))
                        throw $TypeError(".livekit.proto.FfiEvent.dataTrackStreamEvent: object expected");
                    message.dataTrackStreamEvent = $root.livekit.proto.DataTrackStreamEvent.fromObject(object.dataTrackStreamEvent, _depth + 1);
                }
                if (object.defineSchema != null) {
                    if (!$util.isObject(object.defineSchema))
                        throw $TypeError(".livekit.proto.FfiEvent.defineSchema: object expected");
                    message.defineSchema = $root.livekit.proto.DefineSchemaCallback.fromObject(object.defineSchema, _depth + 1);
                }
                if (object.getSchema != null) {
                    if (!$util.isObject(object.getSchema))
                        throw $TypeError(".livekit.proto.FfiEvent.getSchema: object expected");
                    message.getSchema = $root.livekit.proto.GetSchemaCallback.fromObject(object.getSchema, _depth + 1);
                }
                return message;
            };

            FfiEvent.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (message.roomEvent != null && $Object.hasOwnProperty.call(message, "roomEvent")) {
                    object.roomEvent = $root.livekit.proto.RoomEvent.toObject(message.roomEvent, options, _depth + 1);
                    if (options.oneofs)
                        object.message = "roomEvent";
                }
                if (message.connect != null && $Object.hasOwnProperty.call(message, "connect")) {
                    object.connect = $root.livekit.proto.ConnectCallback.toObject(message.connect, options, _depth + 1);
                    if (options.oneofs)
                        object.message = "connect";
                }
                if (message.disconnect != null && $Object.hasOwnProperty.call(message, "disconnect")) {
                    object.disconnect = $root.livekit.proto.DisconnectCallback.toObject(message.disconnect, options, _depth + 1);
                    if (options.oneofs)
                        object.message = "disconnect";
                }
                if (message.dispose != null && $Object.hasOwnProperty.call(message, "dispose")) {
                    object.dispose = $root.livekit.proto.DisposeCallback.toObject(message.dispose, options, _depth + 1);
                    if (options.oneofs)
                        object.message = "dispose";
                }
                if (message.logs != null && $Object.hasOwnProperty.call(message, "logs")) {
                    object.logs = $root.livekit.proto.LogBatch.toObject(message.logs, options, _depth + 1);
                    if (options.oneofs)
                        object.message = "logs";
                }
                if (message.getSessionStats != null && $Object.hasOwnProperty.call(message, "getSessionStats")) {
                    object.getSessionStats = $root.livekit.proto.GetSessionStatsCallback.toObject(message.getSessionStats, options, _depth + 1);
                    if (options.oneofs)
                        object.message = "getSessionStats";
                }
                if (message.panic != null && $Object.hasOwnProperty.call(message, "panic")) {
                    object.panic = $root.livekit.proto.Panic.toObject(message.panic, options, _depth + 1);
                    if (options.oneofs)
                        object.message = "panic";
                }
                if (message.publishDataTrack != null && $Object.hasOwnProperty.call(message, "publishDataTrack")) {
                    object.publishDataTrack = $root.livekit.proto.PublishDataTrackCallback.toObject(message.publishDataTrack, options, _depth + 1);
                    if (options.oneofs)
                        object.message = "publishDataTrack";
                }
                if (message.dataTrackStreamEvent != null && $Object.hasOwnProperty.call(message, "dataTrackStreamEvent")) {
                    object.dataTrackStreamEvent = $root.livekit.proto.DataTrackStreamEvent.toObject(message.dataTrackStreamEvent, options, _depth + 1);
                    if (options.oneofs)
                        object.message = "dataTrackStreamEvent";
                }
                if (message.defineSchema != null && $Object.hasOwnProperty.call(message, "defineSchema")) {
                    object.defineSchema = $root.livekit.proto.DefineSchemaCallback.toObject(message.defineSchema, options, _depth + 1);
                    if (options.oneofs)
                        object.message = "defineSchema";
                }
                if (message.getSchema != null && $Object.hasOwnProperty.call(message, "getSchema")) {
                    object.getSchema = $root.livekit.proto.GetSchemaCallback.toObject(message.getSchema, options, _depth + 1);
                    if (options.oneofs)
                        object.message = "getSchema";
                }
                return object;
            };

            FfiEvent.prototype.toJSON = function() {
                return FfiEvent.toObject(this, $protobuf.util.toJSONOptions);
            };

            return FfiEvent;
        })();

        proto.DisposeRequest = (function() {

            const DisposeRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            DisposeRequest.prototype.async = false;

            DisposeRequest.create = function(properties) {
                return new DisposeRequest(properties);
            };

            DisposeRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                writer.uint32(8).bool(message.async);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            DisposeRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.livekit.proto.DisposeRequest();
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
                            message.async = reader.bool();
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
                if (!$Object.hasOwnProperty.call(message, "async"))
                    throw $util.ProtocolError("missing required 'async'", { instance: message });
                return message;
            };

            DisposeRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (typeof message.async !== "boolean")
                    return "async: boolean expected";
                return null;
            };

            DisposeRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.livekit.proto.DisposeRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".livekit.proto.DisposeRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.livekit.proto.DisposeRequest();
                if (object.async != null)
                    message.async = $Boolean(object.async);
                return message;
            };

            DisposeRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.async = false;
                if (message.async != null && $Object.hasOwnProperty.call(message, "async"))
                    object.async = message.async;
                return object;
            };

            DisposeRequest.prototype.toJSON = function() {
                return DisposeRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            return DisposeRequest;
        })();

        proto.DisposeResponse = (function() {

            const DisposeResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            DisposeResponse.prototype.asyncId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            DisposeResponse.create = function(properties) {
                return new DisposeResponse(properties);
            };

            DisposeResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.asyncId != null && $Object.hasOwnProperty.call(message, "asyncId"))
                    writer.uint32(8).uint64(message.asyncId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            DisposeResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.livekit.proto.DisposeResponse();
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
                            message.asyncId = reader.uint64();
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

            DisposeResponse.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.asyncId != null && $Object.hasOwnProperty.call(message, "asyncId"))
                    if (!$util.isInteger(message.asyncId) && !(message.asyncId && $util.isInteger(message.asyncId.low) && $util.isInteger(message.asyncId.high)))
                        return "asyncId: integer|Long expected";
                return null;
            };

            DisposeResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.livekit.proto.DisposeResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".livekit.proto.DisposeResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.livekit.proto.DisposeResponse();
                if (object.asyncId != null)
                    if ($util.Long)
                        message.asyncId = $util.Long.fromValue(object.asyncId, true);
                    else if (typeof object.asyncId === "string")
                        message.asyncId = $parseInt(object.asyncId, 10);
                    else if (typeof object.asyncId === "number")
                        message.asyncId = object.asyncId;
                    else if (typeof object.asyncId === "object")
                        message.asyncId = new $util.LongBits(object.asyncId.low >>> 0, object.asyncId.high >>> 0).toNumber(true);
                return message;
            };

            DisposeResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.asyncId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.asyncId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if (message.asyncId != null && $Object.hasOwnProperty.call(message, "asyncId"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.asyncId = typeof message.asyncId === "number" ? $BigInt(message.asyncId) : $util.Long.fromBits(message.asyncId.low >>> 0, message.asyncId.high >>> 0, true).toBigInt();
                    else if (typeof message.asyncId === "number")
                        object.asyncId = options.longs === $String ? $String(message.asyncId) : message.asyncId;
                    else
                        object.asyncId = options.longs === $String ? $util.Long.prototype.toString.call(message.asyncId) : options.longs === $Number ? new $util.LongBits(message.asyncId.low >>> 0, message.asyncId.high >>> 0).toNumber(true) : message.asyncId;
                return object;
            };

            DisposeResponse.prototype.toJSON = function() {
                return DisposeResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            return DisposeResponse;
        })();

        proto.DisposeCallback = (function() {

            const DisposeCallback = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            DisposeCallback.prototype.asyncId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            DisposeCallback.create = function(properties) {
                return new DisposeCallback(properties);
            };

            DisposeCallback.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                writer.uint32(8).uint64(message.asyncId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            DisposeCallback.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.livekit.proto.DisposeCallback();
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
                            message.asyncId = reader.uint64();
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
                if (!$Object.hasOwnProperty.call(message, "asyncId"))
                    throw $util.ProtocolError("missing required 'asyncId'", { instance: message });
                return message;
            };

            DisposeCallback.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (!$util.isInteger(message.asyncId) && !(message.asyncId && $util.isInteger(message.asyncId.low) && $util.isInteger(message.asyncId.high)))
                    return "asyncId: integer|Long expected";
                return null;
            };

            DisposeCallback.fromObject = function (object, _depth) {
                if (object instanceof $root.livekit.proto.DisposeCallback)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".livekit.proto.DisposeCallback: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.livekit.proto.DisposeCallback();
                if (object.asyncId != null)
                    if ($util.Long)
                        message.asyncId = $util.Long.fromValue(object.asyncId, true);
                    else if (typeof object.asyncId === "string")
                        message.asyncId = $parseInt(object.asyncId, 10);
                    else if (typeof object.asyncId === "number")
                        message.asyncId = object.asyncId;
                    else if (typeof object.asyncId === "object")
                        message.asyncId = new $util.LongBits(object.asyncId.low >>> 0, object.asyncId.high >>> 0).toNumber(true);
                return message;
            };

            DisposeCallback.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.asyncId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.asyncId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if (message.asyncId != null && $Object.hasOwnProperty.call(message, "asyncId"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.asyncId = typeof message.asyncId === "number" ? $BigInt(message.asyncId) : $util.Long.fromBits(message.asyncId.low >>> 0, message.asyncId.high >>> 0, true).toBigInt();
                    else if (typeof message.asyncId === "number")
                        object.asyncId = options.longs === $String ? $String(message.asyncId) : message.asyncId;
                    else
                        object.asyncId = options.longs === $String ? $util.Long.prototype.toString.call(message.asyncId) : options.longs === $Number ? new $util.LongBits(message.asyncId.low >>> 0, message.asyncId.high >>> 0).toNumber(true) : message.asyncId;
                return object;
            };

            DisposeCallback.prototype.toJSON = function() {
                return DisposeCallback.toObject(this, $protobuf.util.toJSONOptions);
            };

            return DisposeCallback;
        })();

        proto.LogLevel = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "LOG_ERROR"] = 0;
            values[valuesById[1] = "LOG_WARN"] = 1;
            values[valuesById[2] = "LOG_INFO"] = 2;
            values[valuesById[3] = "LOG_DEBUG"] = 3;
            values[valuesById[4] = "LOG_TRACE"] = 4;
            return values;
        })();

        proto.LogRecord = (function() {

            const LogRecord = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            LogRecord.prototype.level = 0;
            LogRecord.prototype.target = "";
            LogRecord.prototype.modulePath = "";
            LogRecord.prototype.file = "";
            LogRecord.prototype.line = 0;
            LogRecord.prototype.message = "";

            LogRecord.create = function(properties) {
                return new LogRecord(properties);
            };

            LogRecord.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                writer.uint32(8).int32(message.level);
                writer.uint32(18).string(message.target);
                if (message.modulePath != null && $Object.hasOwnProperty.call(message, "modulePath"))
                    writer.uint32(26).string(message.modulePath);
                if (message.file != null && $Object.hasOwnProperty.call(message, "file"))
                    writer.uint32(34).string(message.file);
                if (message.line != null && $Object.hasOwnProperty.call(message, "line"))
                    writer.uint32(40).uint32(message.line);
                writer.uint32(50).string(message.message);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            LogRecord.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.livekit.proto.LogRecord();
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
                            value = reader.int32();
                            if ($root.livekit.proto.LogLevel[value] !== $undefined)
                                message.level = value;
                            else if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.target = reader.string();
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.modulePath = reader.string();
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.file = reader.string();
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            message.line = reader.uint32();
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.message = reader.string();
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
                if (!$Object.hasOwnProperty.call(message, "level"))
                    throw $util.ProtocolError("missing required 'level'", { instance: message });
                if (!$Object.hasOwnProperty.call(message, "target"))
                    throw $util.ProtocolError("missing required 'target'", { instance: message });
                if (!$Object.hasOwnProperty.call(message, "message"))
                    throw $util.ProtocolError("missing required 'message'", { instance: message });
                return message;
            };

            LogRecord.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                switch (message.level) {
                default:
                    return "level: enum value expected";
                case 0:
                case 1:
                case 2:
                case 3:
                case 4:
                    break;
                }
                if (!$util.isString(message.target))
                    return "target: string expected";
                if (message.modulePath != null && $Object.hasOwnProperty.call(message, "modulePath"))
                    if (!$util.isString(message.modulePath))
                        return "modulePath: string expected";
                if (message.file != null && $Object.hasOwnProperty.call(message, "file"))
                    if (!$util.isString(message.file))
                        return "file: string expected";
                if (message.line != null && $Object.hasOwnProperty.call(message, "line"))
                    if (!$util.isInteger(message.line))
                        return "line: integer expected";
                if (!$util.isString(message.message))
                    return "message: string expected";
                return null;
            };

            LogRecord.fromObject = function (object, _depth) {
                if (object instanceof $root.livekit.proto.LogRecord)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".livekit.proto.LogRecord: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.livekit.proto.LogRecord();
                switch (object.level) {
                case "LOG_ERROR":
                case 0:
                    message.level = 0;
                    break;
                case "LOG_WARN":
                case 1:
                    message.level = 1;
                    break;
                case "LOG_INFO":
                case 2:
                    message.level = 2;
                    break;
                case "LOG_DEBUG":
                case 3:
                    message.level = 3;
                    break;
                case "LOG_TRACE":
                case 4:
                    message.level = 4;
                    break;
                default:
                }
                if (object.target != null)
                    message.target = $String(object.target);
                if (object.modulePath != null)
                    message.modulePath = $String(object.modulePath);
                if (object.file != null)
                    message.file = $String(object.file);
                if (object.line != null)
                    message.line = object.line >>> 0;
                if (object.message != null)
                    message.message = $String(object.message);
                return message;
            };

            LogRecord.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.level = options.enums === $String ? "LOG_ERROR" : 0;
                    object.target = "";
                    object.modulePath = "";
                    object.file = "";
                    object.line = 0;
                    object.message = "";
                }
                if (message.level != null && $Object.hasOwnProperty.call(message, "level"))
                    object.level = options.enums === $String ? $root.livekit.proto.LogLevel[message.level] === $undefined ? message.level : $root.livekit.proto.LogLevel[message.level] : message.level;
                if (message.target != null && $Object.hasOwnProperty.call(message, "target"))
                    object.target = message.target;
                if (message.modulePath != null && $Object.hasOwnProperty.call(message, "modulePath"))
                    object.modulePath = message.modulePath;
                if (message.file != null && $Object.hasOwnProperty.call(message, "file"))
                    object.file = message.file;
                if (message.line != null && $Object.hasOwnProperty.call(message, "line"))
                    object.line = message.line;
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    object.message = message.message;
                return object;
            };

            LogRecord.prototype.toJSON = function() {
                return LogRecord.toObject(this, $protobuf.util.toJSONOptions);
            };

            return LogRecord;
        })();

        proto.LogBatch = (function() {

            const LogBatch = function (properties) {
                this.records = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            LogBatch.prototype.records = $util.emptyArray;

            LogBatch.create = function(properties) {
                return new LogBatch(properties);
            };

            LogBatch.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.records != null && message.records.length)
                    for (let i = 0; i < message.records.length; ++i)
                        $root.livekit.proto.LogRecord.encode(message.records[i], writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            LogBatch.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.livekit.proto.LogBatch();
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
                            if (!(message.records && message.records.length))
                                message.records = [];
                            message.records.push($root.livekit.proto.LogRecord.decode(reader, reader.size(), $undefined, _depth + 1));
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

            LogBatch.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.records != null && $Object.hasOwnProperty.call(message, "records")) {
                    if (!$Array.isArray(message.records))
                        return "records: array expected";
                    for (let i = 0; i < message.records.length; ++i) {
                        let error = $root.livekit.proto.LogRecord.verify(message.records[i], _depth + 1);
                        if (error)
                            return "records." + error;
                    }
                }
                return null;
            };

            LogBatch.fromObject = function (object, _depth) {
                if (object instanceof $root.livekit.proto.LogBatch)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".livekit.proto.LogBatch: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.livekit.proto.LogBatch();
                if (object.records) {
                    if (!$Array.isArray(object.records))
                        throw $TypeError(".livekit.proto.LogBatch.records: array expected");
                    message.records = $Array(object.records.length);
                    for (let i = 0; i < object.records.length; ++i) {
                        if (!$util.isObject(object.records[i]))
                            throw $TypeError(".livekit.proto.LogBatch.records: object expected");
                        message.records[i] = $root.livekit.proto.LogRecord.fromObject(object.records[i], _depth + 1);
                    }
                }
                return message;
            };

            LogBatch.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.records = [];
                if (message.records && message.records.length) {
                    object.records = $Array(message.records.length);
                    for (let j = 0; j < message.records.length; ++j)
                        object.records[j] = $root.livekit.proto.LogRecord.toObject(message.records[j], options, _depth + 1);
                }
                return object;
            };

            LogBatch.prototype.toJSON = function() {
                return LogBatch.toObject(this, $protobuf.util.toJSONOptions);
            };

            return LogBatch;
        })();

        proto.Panic = (function() {

            const Panic = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Panic.prototype.message = "";

            Panic.create = function(properties) {
                return new Panic(properties);
            };

            Panic.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                writer.uint32(10).string(message.message);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Panic.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.livekit.proto.Panic();
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
                            message.message = reader.string();
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
                if (!$Object.hasOwnProperty.call(message, "message"))
                    throw $util.ProtocolError("missing required 'message'", { instance: message });
                return message;
            };

            Panic.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (!$util.isString(message.message))
                    return "message: string expected";
                return null;
            };

            Panic.fromObject = function (object, _depth) {
                if (object instanceof $root.livekit.proto.Panic)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".livekit.proto.Panic: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.livekit.proto.Panic();
                if (object.message != null)
                    message.message = $String(object.message);
                return message;
            };

            Panic.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.message = "";
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    object.message = message.message;
                return object;
            };

            Panic.prototype.toJSON = function() {
                return Panic.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Panic;
        })();

        proto.IceTransportType = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "TRANSPORT_RELAY"] = 0;
            values[valuesById[1] = "TRANSPORT_NOHOST"] = 1;
            values[valuesById[2] = "TRANSPORT_ALL"] = 2;
            return values;
        })();

        proto.ContinualGatheringPolicy = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "GATHER_ONCE"] = 0;
            values[valuesById[1] = "GATHER_CONTINUALLY"] = 1;
            return values;
        })();

        proto.ConnectionState = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "CONN_DISCONNECTED"] = 0;
            values[valuesById[1] = "CONN_CONNECTED"] = 1;
            values[valuesById[2] = "CONN_RECONNECTING"] = 2;
            return values;
        })();

        proto.ConnectRequest = (function() {

            const ConnectRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ConnectRequest.prototype.url = "";
            ConnectRequest.prototype.token = "";
            ConnectRequest.prototype.options = null;
            ConnectRequest.prototype.requestAsyncId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            ConnectRequest.create = function(properties) {
                return new ConnectRequest(properties);
            };

            ConnectRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                writer.uint32(10).string(message.url);
                writer.uint32(18).string(message.token);
                $root.livekit.proto.RoomOptions.encode(message.options, writer.uint32(26).fork(), _depth + 1).ldelim();
                if (message.requestAsyncId != null && $Object.hasOwnProperty.call(message, "requestAsyncId"))
                    writer.uint32(32).uint64(message.requestAsyncId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ConnectRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.livekit.proto.ConnectRequest();
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
                            message.url = reader.string();
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.token = reader.string();
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.options = $root.livekit.proto.RoomOptions.decode(reader, reader.size(), $undefined, _depth + 1, message.options);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            message.requestAsyncId = reader.uint64();
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
                if (!$Object.hasOwnProperty.call(message, "url"))
                    throw $util.ProtocolError("missing required 'url'", { instance: message });
                if (!$Object.hasOwnProperty.call(message, "token"))
                    throw $util.ProtocolError("missing required 'token'", { instance: message });
                if (!$Object.hasOwnProperty.call(message, "options"))
                    throw $util.ProtocolError("missing required 'options'", { instance: message });
                return message;
            };

            ConnectRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (!$util.isString(message.url))
                    return "url: string expected";
                if (!$util.isString(message.token))
                    return "token: string expected";
                {
                    let error = $root.livekit.proto.RoomOptions.verify(message.options, _depth + 1);
                    if (error)
                        return "options." + error;
                }
                if (message.requestAsyncId != null && $Object.hasOwnProperty.call(message, "requestAsyncId"))
                    if (!$util.isInteger(message.requestAsyncId) && !(message.requestAsyncId && $util.isInteger(message.requestAsyncId.low) && $util.isInteger(message.requestAsyncId.high)))
                        return "requestAsyncId: integer|Long expected";
                return null;
            };

            ConnectRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.livekit.proto.ConnectRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".livekit.proto.ConnectRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.livekit.proto.ConnectRequest();
                if (object.url != null)
                    message.url = $String(object.url);
                if (object.token != null)
                    message.token = $String(object.token);
                if (object.options != null) {
                    if (!$util.isObject(object.options))
                        throw $TypeError(".livekit.proto.ConnectRequest.options: object expected");
                    message.options = $root.livekit.proto.RoomOptions.fromObject(object.options, _depth + 1);
                }
                if (object.requestAsyncId != null)
                    if ($util.Long)
                        message.requestAsyncId = $util.Long.fromValue(object.requestAsyncId, true);
                    else if (typeof object.requestAsyncId === "string")
                        message.requestAsyncId = $parseInt(object.requestAsyncId, 10);
                    else if (typeof object.requestAsyncId === "number")
                        message.requestAsyncId = object.requestAsyncId;
                    else if (typeof object.requestAsyncId === "object")
                        message.requestAsyncId = new $util.LongBits(object.requestAsyncId.low >>> 0, object.requestAsyncId.high >>> 0).toNumber(true);
                return message;
            };

            ConnectRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.url = "";
                    object.token = "";
                    object.options = null;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.requestAsyncId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.requestAsyncId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.url != null && $Object.hasOwnProperty.call(message, "url"))
                    object.url = message.url;
                if (message.token != null && $Object.hasOwnProperty.call(message, "token"))
                    object.token = message.token;
                if (message.options != null && $Object.hasOwnProperty.call(message, "options"))
                    object.options = $root.livekit.proto.RoomOptions.toObject(message.options, options, _depth + 1);
                if (message.requestAsyncId != null && $Object.hasOwnProperty.call(message, "requestAsyncId"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.requestAsyncId = typeof message.requestAsyncId === "number" ? $BigInt(message.requestAsyncId) : $util.Long.fromBits(message.requestAsyncId.low >>> 0, message.requestAsyncId.high >>> 0, true).toBigInt();
                    else if (typeof message.requestAsyncId === "number")
                        object.requestAsyncId = options.longs === $String ? $String(message.requestAsyncId) : message.requestAsyncId;
                    else
                        object.requestAsyncId = options.longs === $String ? $util.Long.prototype.toString.call(message.requestAsyncId) : options.longs === $Number ? new $util.LongBits(message.requestAsyncId.low >>> 0, message.requestAsyncId.high >>> 0).toNumber(true) : message.requestAsyncId;
                return object;
            };

            ConnectRequest.prototype.toJSON = function() {
                return ConnectRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            return ConnectRequest;
        })();

        proto.ConnectResponse = (function() {

            const ConnectResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ConnectResponse.prototype.asyncId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            ConnectResponse.create = function(properties) {
                return new ConnectResponse(properties);
            };

            ConnectResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                writer.uint32(8).uint64(message.asyncId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ConnectResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.livekit.proto.ConnectResponse();
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
                            message.asyncId = reader.uint64();
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
                if (!$Object.hasOwnProperty.call(message, "asyncId"))
                    throw $util.ProtocolError("missing required 'asyncId'", { instance: message });
                return message;
            };

            ConnectResponse.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (!$util.isInteger(message.asyncId) && !(message.asyncId && $util.isInteger(message.asyncId.low) && $util.isInteger(message.asyncId.high)))
                    return "asyncId: integer|Long expected";
                return null;
            };

            ConnectResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.livekit.proto.ConnectResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".livekit.proto.ConnectResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.livekit.proto.ConnectResponse();
                if (object.asyncId != null)
                    if ($util.Long)
                        message.asyncId = $util.Long.fromValue(object.asyncId, true);
                    else if (typeof object.asyncId === "string")
                        message.asyncId = $parseInt(object.asyncId, 10);
                    else if (typeof object.asyncId === "number")
                        message.asyncId = object.asyncId;
                    else if (typeof object.asyncId === "object")
                        message.asyncId = new $util.LongBits(object.asyncId.low >>> 0, object.asyncId.high >>> 0).toNumber(true);
                return message;
            };

            ConnectResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.asyncId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.asyncId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if (message.asyncId != null && $Object.hasOwnProperty.call(message, "asyncId"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.asyncId = typeof message.asyncId === "number" ? $BigInt(message.asyncId) : $util.Long.fromBits(message.asyncId.low >>> 0, message.asyncId.high >>> 0, true).toBigInt();
                    else if (typeof message.asyncId === "number")
                        object.asyncId = options.longs === $String ? $String(message.asyncId) : message.asyncId;
                    else
                        object.asyncId = options.longs === $String ? $util.Long.prototype.toString.call(message.asyncId) : options.longs === $Number ? new $util.LongBits(message.asyncId.low >>> 0, message.asyncId.high >>> 0).toNumber(true) : message.asyncId;
                return object;
            };

            ConnectResponse.prototype.toJSON = function() {
                return ConnectResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            return ConnectResponse;
        })();

        proto.ConnectCallback = (function() {

            const ConnectCallback = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ConnectCallback.prototype.asyncId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            ConnectCallback.prototype.error = null;
            ConnectCallback.prototype.result = null;

            let $oneOfFields;

            $Object.defineProperty(ConnectCallback.prototype, "message", {
                get: $util.oneOfGetter($oneOfFields = ["error", "result"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            ConnectCallback.create = function(properties) {
                return new ConnectCallback(properties);
            };

            ConnectCallback.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                writer.uint32(8).uint64(message.asyncId);
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    writer.uint32(18).string(message.error);
                if (message.result != null && $Object.hasOwnProperty.call(message, "result"))
                    $root.livekit.proto.ConnectCallback.Result.encode(message.result, writer.uint32(26).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ConnectCallback.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.livekit.proto.ConnectCallback();
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
                            message.asyncId = reader.uint64();
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.error = reader.string();
                            message.message = "error";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.result = $root.livekit.proto.ConnectCallback.Result.decode(reader, reader.size(), $undefined, _depth + 1, message.result);
                            message.message = "result";
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
                if (!$Object.hasOwnProperty.call(message, "asyncId"))
                    throw $util.ProtocolError("missing required 'asyncId'", { instance: message });
                return message;
            };

            ConnectCallback.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (!$util.isInteger(message.asyncId) && !(message.asyncId && $util.isInteger(message.asyncId.low) && $util.isInteger(message.asyncId.high)))
                    return "asyncId: integer|Long expected";
                if (message.error != null && $Object.hasOwnProperty.call(message, "error")) {
                    properties.message = 1;
                    if (!$util.isString(message.error))
                        return "error: string expected";
                }
                if (message.result != null && $Object.hasOwnProperty.call(message, "result")) {
                    if (properties.message === 1)
                        return "message: multiple values";
                    properties.message = 1;
                    {
                        let error = $root.livekit.proto.ConnectCallback.Result.verify(message.result, _depth + 1);
                        if (error)
                            return "result." + error;
                    }
                }
                return null;
            };

            ConnectCallback.fromObject = function (object, _depth) {
                if (object instanceof $root.livekit.proto.ConnectCallback)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".livekit.proto.ConnectCallback: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.livekit.proto.ConnectCallback();
                if (object.asyncId != null)
                    if ($util.Long)
                        message.asyncId = $util.Long.fromValue(object.asyncId, true);
                    else if (typeof object.asyncId === "string")
                        message.asyncId = $parseInt(object.asyncId, 10);
                    else if (typeof object.asyncId === "number")
                        message.asyncId = object.asyncId;
                    else if (typeof object.asyncId === "object")
                        message.asyncId = new $util.LongBits(object.asyncId.low >>> 0, object.asyncId.high >>> 0).toNumber(true);
                if (object.error != null)
                    message.error = $String(object.error);
                if (object.result != null) {
                    if (!$util.isObject(object.result))
                        throw $TypeError(".livekit.proto.ConnectCallback.result: object expected");
                    message.result = $root.livekit.proto.ConnectCallback.Result.fromObject(object.result, _depth + 1);
                }
                return message;
            };

            ConnectCallback.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.asyncId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.asyncId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if (message.asyncId != null && $Object.hasOwnProperty.call(message, "asyncId"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.asyncId = typeof message.asyncId === "number" ? $BigInt(message.asyncId) : $util.Long.fromBits(message.asyncId.low >>> 0, message.asyncId.high >>> 0, true).toBigInt();
                    else if (typeof message.asyncId === "number")
                        object.asyncId = options.longs === $String ? $String(message.asyncId) : message.asyncId;
                    else
                        object.asyncId = options.longs === $String ? $util.Long.prototype.toString.call(message.asyncId) : options.longs === $Number ? new $util.LongBits(message.asyncId.low >>> 0, message.asyncId.high >>> 0).toNumber(true) : message.asyncId;
                if (message.error != null && $Object.hasOwnProperty.call(message, "error")) {
                    object.error = message.error;
                    if (options.oneofs)
                        object.message = "error";
                }
                if (message.result != null && $Object.hasOwnProperty.call(message, "result")) {
                    object.result = $root.livekit.proto.ConnectCallback.Result.toObject(message.result, options, _depth + 1);
                    if (options.oneofs)
                        object.message = "result";
                }
                return object;
            };

            ConnectCallback.prototype.toJSON = function() {
                return ConnectCallback.toObject(this, $protobuf.util.toJSONOptions);
            };

            ConnectCallback.ParticipantWithTracks = (function() {

                const ParticipantWithTracks = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                ParticipantWithTracks.prototype.participant = null;

                ParticipantWithTracks.create = function(properties) {
                    return new ParticipantWithTracks(properties);
                };

                ParticipantWithTracks.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    $root.livekit.proto.OwnedParticipant.encode(message.participant, writer.uint32(10).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                ParticipantWithTracks.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.livekit.proto.ConnectCallback.ParticipantWithTracks();
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
                                message.participant = $root.livekit.proto.OwnedParticipant.decode(reader, reader.size(), $undefined, _depth + 1, message.participant);
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
                    if (!$Object.hasOwnProperty.call(message, "participant"))
                        throw $util.ProtocolError("missing required 'participant'", { instance: message });
                    return message;
                };

                ParticipantWithTracks.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    {
                        let error = $root.livekit.proto.OwnedParticipant.verify(message.participant, _depth + 1);
                        if (error)
                            return "participant." + error;
                    }
                    return null;
                };

                ParticipantWithTracks.fromObject = function (object, _depth) {
                    if (object instanceof $root.livekit.proto.ConnectCallback.ParticipantWithTracks)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".livekit.proto.ConnectCallback.ParticipantWithTracks: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.livekit.proto.ConnectCallback.ParticipantWithTracks();
                    if (object.participant != null) {
                        if (!$util.isObject(object.participant))
                            throw $TypeError(".livekit.proto.ConnectCallback.ParticipantWithTracks.participant: object expected");
                        message.participant = $root.livekit.proto.OwnedParticipant.fromObject(object.participant, _depth + 1);
                    }
                    return message;
                };

                ParticipantWithTracks.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        object.participant = null;
                    if (message.participant != null && $Object.hasOwnProperty.call(message, "participant"))
                        object.participant = $root.livekit.proto.OwnedParticipant.toObject(message.participant, options, _depth + 1);
                    return object;
                };

                ParticipantWithTracks.prototype.toJSON = function() {
                    return ParticipantWithTracks.toObject(this, $protobuf.util.toJSONOptions);
                };

                return ParticipantWithTracks;
            })();

            ConnectCallback.Result = (function() {

                const Result = function (properties) {
                    this.participants = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                Result.prototype.room = null;
                Result.prototype.localParticipant = null;
                Result.prototype.participants = $util.emptyArray;

                Result.create = function(properties) {
                    return new Result(properties);
                };

                Result.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    $root.livekit.proto.OwnedRoom.encode(message.room, writer.uint32(10).fork(), _depth + 1).ldelim();
                    $root.livekit.proto.OwnedParticipant.encode(message.localParticipant, writer.uint32(18).fork(), _depth + 1).ldelim();
                    if (message.participants != null && message.participants.length)
                        for (let i = 0; i < message.participants.length; ++i)
                            $root.livekit.proto.ConnectCallback.ParticipantWithTracks.encode(message.participants[i], writer.uint32(26).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                Result.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.livekit.proto.ConnectCallback.Result();
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
                                message.room = $root.livekit.proto.OwnedRoom.decode(reader, reader.size(), $undefined, _depth + 1, message.room);
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.localParticipant = $root.livekit.proto.OwnedParticipant.decode(reader, reader.size(), $undefined, _depth + 1, message.localParticipant);
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.participants && message.participants.length))
                                    message.participants = [];
                                message.participants.push($root.livekit.proto.ConnectCallback.ParticipantWithTracks.decode(reader, reader.size(), $undefined, _depth + 1));
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
                    if (!$Object.hasOwnProperty.call(message, "room"))
                        throw $util.ProtocolError("missing required 'room'", { instance: message });
                    if (!$Object.hasOwnProperty.call(message, "localParticipant"))
                        throw $util.ProtocolError("missing required 'localParticipant'", { instance: message });
                    return message;
                };

                Result.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    {
                        let error = $root.livekit.proto.OwnedRoom.verify(message.room, _depth + 1);
                        if (error)
                            return "room." + error;
                    }
                    {
                        let error = $root.livekit.proto.OwnedParticipant.verify(message.localParticipant, _depth + 1);
                        if (error)
                            return "localParticipant." + error;
                    }
                    if (message.participants != null && $Object.hasOwnProperty.call(message, "participants")) {
                        if (!$Array.isArray(message.participants))
                            return "participants: array expected";
                        for (let i = 0; i < message.participants.length; ++i) {
                            let error = $root.livekit.proto.ConnectCallback.ParticipantWithTracks.verify(message.participants[i], _depth + 1);
                            if (error)
                                return "participants." + error;
                        }
                    }
                    return null;
                };

                Result.fromObject = function (object, _depth) {
                    if (object instanceof $root.livekit.proto.ConnectCallback.Result)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".livekit.proto.ConnectCallback.Result: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.livekit.proto.ConnectCallback.Result();
                    if (object.room != null) {
                        if (!$util.isObject(object.room))
                            throw $TypeError(".livekit.proto.ConnectCallback.Result.room: object expected");
                        message.room = $root.livekit.proto.OwnedRoom.fromObject(object.room, _depth + 1);
                    }
                    if (object.localParticipant != null) {
                        if (!$util.isObject(object.localParticipant))
                            throw $TypeError(".livekit.proto.ConnectCallback.Result.localParticipant: object expected");
                        message.localParticipant = $root.livekit.proto.OwnedParticipant.fromObject(object.localParticipant, _depth + 1);
                    }
                    if (object.participants) {
                        if (!$Array.isArray(object.participants))
                            throw $TypeError(".livekit.proto.ConnectCallback.Result.participants: array expected");
                        message.participants = $Array(object.participants.length);
                        for (let i = 0; i < object.participants.length; ++i) {
                            if (!$util.isObject(object.participants[i]))
                                throw $TypeError(".livekit.proto.ConnectCallback.Result.participants: object expected");
                            message.participants[i] = $root.livekit.proto.ConnectCallback.ParticipantWithTracks.fromObject(object.participants[i], _depth + 1);
                        }
                    }
                    return message;
                };

                Result.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.participants = [];
                    if (options.defaults) {
                        object.room = null;
                        object.localParticipant = null;
                    }
                    if (message.room != null && $Object.hasOwnProperty.call(message, "room"))
                        object.room = $root.livekit.proto.OwnedRoom.toObject(message.room, options, _depth + 1);
                    if (message.localParticipant != null && $Object.hasOwnProperty.call(message, "localParticipant"))
                        object.localParticipant = $root.livekit.proto.OwnedParticipant.toObject(message.localParticipant, options, _depth + 1);
                    if (message.participants && message.participants.length) {
                        object.participants = $Array(message.participants.length);
                        for (let j = 0; j < message.participants.length; ++j)
                            object.participants[j] = $root.livekit.proto.ConnectCallback.ParticipantWithTracks.toObject(message.participants[j], options, _depth + 1);
                    }
                    return object;
                };

                Result.prototype.toJSON = function() {
                    return Result.toObject(this, $protobuf.util.toJSONOptions);
                };

                return Result;
            })();

            return ConnectCallback;
        })();

        proto.DisconnectRequest = (function() {

            const DisconnectRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            DisconnectRequest.prototype.roomHandle = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            DisconnectRequest.prototype.requestAsyncId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            DisconnectRequest.prototype.reason = 0;

            DisconnectRequest.create = function(properties) {
                return new DisconnectRequest(properties);
            };

            DisconnectRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                writer.uint32(8).uint64(message.roomHandle);
                if (message.requestAsyncId != null && $Object.hasOwnProperty.call(message, "requestAsyncId"))
                    writer.uint32(16).uint64(message.requestAsyncId);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    writer.uint32(24).int32(message.reason);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            DisconnectRequest.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.livekit.proto.DisconnectRequest();
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
                            message.roomHandle = reader.uint64();
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            message.requestAsyncId = reader.uint64();
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            value = reader.int32();
                            if ($root.livekit.proto.DisconnectReason[value] !== $undefined)
                                message.reason = value;
                            else if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
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
                if (!$Object.hasOwnProperty.call(message, "roomHandle"))
                    throw $util.ProtocolError("missing required 'roomHandle'", { instance: message });
                return message;
            };

            DisconnectRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (!$util.isInteger(message.roomHandle) && !(message.roomHandle && $util.isInteger(message.roomHandle.low) && $util.isInteger(message.roomHandle.high)))
                    return "roomHandle: integer|Long expected";
                if (message.requestAsyncId != null && $Object.hasOwnProperty.call(message, "requestAsyncId"))
                    if (!$util.isInteger(message.requestAsyncId) && !(message.requestAsyncId && $util.isInteger(message.requestAsyncId.low) && $util.isInteger(message.requestAsyncId.high)))
                        return "requestAsyncId: integer|Long expected";
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    switch (message.reason) {
                    default:
                        return "reason: enum value expected";
                    case 0:
                    case 1:
                    case 2:
                    case 3:
                    case 4:
                    case 5:
                    case 6:
                    case 7:
                    case 8:
                    case 9:
                    case 10:
                    case 11:
                    case 12:
                    case 13:
                    case 14:
                    case 15:
                    case 16:
                        break;
                    }
                return null;
            };

            DisconnectRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.livekit.proto.DisconnectRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".livekit.proto.DisconnectRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.livekit.proto.DisconnectRequest();
                if (object.roomHandle != null)
                    if ($util.Long)
                        message.roomHandle = $util.Long.fromValue(object.roomHandle, true);
                    else if (typeof object.roomHandle === "string")
                        message.roomHandle = $parseInt(object.roomHandle, 10);
                    else if (typeof object.roomHandle === "number")
                        message.roomHandle = object.roomHandle;
                    else if (typeof object.roomHandle === "object")
                        message.roomHandle = new $util.LongBits(object.roomHandle.low >>> 0, object.roomHandle.high >>> 0).toNumber(true);
                if (object.requestAsyncId != null)
                    if ($util.Long)
                        message.requestAsyncId = $util.Long.fromValue(object.requestAsyncId, true);
                    else if (typeof object.requestAsyncId === "string")
                        message.requestAsyncId = $parseInt(object.requestAsyncId, 10);
                    else if (typeof object.requestAsyncId === "number")
                        message.requestAsyncId = object.requestAsyncId;
                    else if (typeof object.requestAsyncId === "object")
                        message.requestAsyncId = new $util.LongBits(object.requestAsyncId.low >>> 0, object.requestAsyncId.high >>> 0).toNumber(true);
                switch (object.reason) {
                case "UNKNOWN_REASON":
                case 0:
                    message.reason = 0;
                    break;
                case "CLIENT_INITIATED":
                case 1:
                    message.reason = 1;
                    break;
                case "DUPLICATE_IDENTITY":
                case 2:
                    message.reason = 2;
                    break;
                case "SERVER_SHUTDOWN":
                case 3:
                    message.reason = 3;
                    break;
                case "PARTICIPANT_REMOVED":
                case 4:
                    message.reason = 4;
                    break;
                case "ROOM_DELETED":
                case 5:
                    message.reason = 5;
                    break;
                case "STATE_MISMATCH":
                case 6:
                    message.reason = 6;
                    break;
                case "JOIN_FAILURE":
                case 7:
                    message.reason = 7;
                    break;
                case "MIGRATION":
                case 8:
                    message.reason = 8;
                    break;
                case "SIGNAL_CLOSE":
                case 9:
                    message.reason = 9;
                    break;
                case "ROOM_CLOSED":
                case 10:
                    message.reason = 10;
                    break;
                case "USER_UNAVAILABLE":
                case 11:
                    message.reason = 11;
                    break;
                case "USER_REJECTED":
                case 12:
                    message.reason = 12;
                    break;
                case "SIP_TRUNK_FAILURE":
                case 13:
                    message.reason = 13;
                    break;
                case "CONNECTION_TIMEOUT":
                case 14:
                    message.reason = 14;
                    break;
                case "MEDIA_FAILURE":
                case 15:
                    message.reason = 15;
                    break;
                case "AGENT_ERROR":
                case 16:
                    message.reason = 16;
                    break;
                default:
                }
                return message;
            };

            DisconnectRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.roomHandle = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.roomHandle = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.requestAsyncId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.requestAsyncId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.reason = options.enums === $String ? "UNKNOWN_REASON" : 0;
                }
                if (message.roomHandle != null && $Object.hasOwnProperty.call(message, "roomHandle"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.roomHandle = typeof message.roomHandle === "number" ? $BigInt(message.roomHandle) : $util.Long.fromBits(message.roomHandle.low >>> 0, message.roomHandle.high >>> 0, true).toBigInt();
                    else if (typeof message.roomHandle === "number")
                        object.roomHandle = options.longs === $String ? $String(message.roomHandle) : message.roomHandle;
                    else
                        object.roomHandle = options.longs === $String ? $util.Long.prototype.toString.call(message.roomHandle) : options.longs === $Number ? new $util.LongBits(message.roomHandle.low >>> 0, message.roomHandle.high >>> 0).toNumber(true) : message.roomHandle;
                if (message.requestAsyncId != null && $Object.hasOwnProperty.call(message, "requestAsyncId"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.requestAsyncId = typeof message.requestAsyncId === "number" ? $BigInt(message.requestAsyncId) : $util.Long.fromBits(message.requestAsyncId.low >>> 0, message.requestAsyncId.high >>> 0, true).toBigInt();
                    else if (typeof message.requestAsyncId === "number")
                        object.requestAsyncId = options.longs === $String ? $String(message.requestAsyncId) : message.requestAsyncId;
                    else
                        object.requestAsyncId = options.longs === $String ? $util.Long.prototype.toString.call(message.requestAsyncId) : options.longs === $Number ? new $util.LongBits(message.requestAsyncId.low >>> 0, message.requestAsyncId.high >>> 0).toNumber(true) : message.requestAsyncId;
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    object.reason = options.enums === $String ? $root.livekit.proto.DisconnectReason[message.reason] === $undefined ? message.reason : $root.livekit.proto.DisconnectReason[message.reason] : message.reason;
                return object;
            };

            DisconnectRequest.prototype.toJSON = function() {
                return DisconnectRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            return DisconnectRequest;
        })();

        proto.DisconnectResponse = (function() {

            const DisconnectResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            DisconnectResponse.prototype.asyncId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            DisconnectResponse.create = function(properties) {
                return new DisconnectResponse(properties);
            };

            DisconnectResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                writer.uint32(8).uint64(message.asyncId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            DisconnectResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.livekit.proto.DisconnectResponse();
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
                            message.asyncId = reader.uint64();
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
                if (!$Object.hasOwnProperty.call(message, "asyncId"))
                    throw $util.ProtocolError("missing required 'asyncId'", { instance: message });
                return message;
            };

            DisconnectResponse.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (!$util.isInteger(message.asyncId) && !(message.asyncId && $util.isInteger(message.asyncId.low) && $util.isInteger(message.asyncId.high)))
                    return "asyncId: integer|Long expected";
                return null;
            };

            DisconnectResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.livekit.proto.DisconnectResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".livekit.proto.DisconnectResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.livekit.proto.DisconnectResponse();
                if (object.asyncId != null)
                    if ($util.Long)
                        message.asyncId = $util.Long.fromValue(object.asyncId, true);
                    else if (typeof object.asyncId === "string")
                        message.asyncId = $parseInt(object.asyncId, 10);
                    else if (typeof object.asyncId === "number")
                        message.asyncId = object.asyncId;
                    else if (typeof object.asyncId === "object")
                        message.asyncId = new $util.LongBits(object.asyncId.low >>> 0, object.asyncId.high >>> 0).toNumber(true);
                return message;
            };

            DisconnectResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.asyncId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.asyncId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if (message.asyncId != null && $Object.hasOwnProperty.call(message, "asyncId"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.asyncId = typeof message.asyncId === "number" ? $BigInt(message.asyncId) : $util.Long.fromBits(message.asyncId.low >>> 0, message.asyncId.high >>> 0, true).toBigInt();
                    else if (typeof message.asyncId === "number")
                        object.asyncId = options.longs === $String ? $String(message.asyncId) : message.asyncId;
                    else
                        object.asyncId = options.longs === $String ? $util.Long.prototype.toString.call(message.asyncId) : options.longs === $Number ? new $util.LongBits(message.asyncId.low >>> 0, message.asyncId.high >>> 0).toNumber(true) : message.asyncId;
                return object;
            };

            DisconnectResponse.prototype.toJSON = function() {
                return DisconnectResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            return DisconnectResponse;
        })();

        proto.DisconnectCallback = (function() {

            const DisconnectCallback = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            DisconnectCallback.prototype.asyncId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            DisconnectCallback.create = function(properties) {
                return new DisconnectCallback(properties);
            };

            DisconnectCallback.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                writer.uint32(8).uint64(message.asyncId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            DisconnectCallback.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.livekit.proto.DisconnectCallback();
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
                            message.asyncId = reader.uint64();
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
                if (!$Object.hasOwnProperty.call(message, "asyncId"))
                    throw $util.ProtocolError("missing required 'asyncId'", { instance: message });
                return message;
            };

            DisconnectCallback.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (!$util.isInteger(message.asyncId) && !(message.asyncId && $util.isInteger(message.asyncId.low) && $util.isInteger(message.asyncId.high)))
                    return "asyncId: integer|Long expected";
                return null;
            };

            DisconnectCallback.fromObject = function (object, _depth) {
                if (object instanceof $root.livekit.proto.DisconnectCallback)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".livekit.proto.DisconnectCallback: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.livekit.proto.DisconnectCallback();
                if (object.asyncId != null)
                    if ($util.Long)
                        message.asyncId = $util.Long.fromValue(object.asyncId, true);
                    else if (typeof object.asyncId === "string")
                        message.asyncId = $parseInt(object.asyncId, 10);
                    else if (typeof object.asyncId === "number")
                        message.asyncId = object.asyncId;
                    else if (typeof object.asyncId === "object")
                        message.asyncId = new $util.LongBits(object.asyncId.low >>> 0, object.asyncId.high >>> 0).toNumber(true);
                return message;
            };

            DisconnectCallback.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.asyncId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.asyncId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if (message.asyncId != null && $Object.hasOwnProperty.call(message, "asyncId"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.asyncId = typeof message.asyncId === "number" ? $BigInt(message.asyncId) : $util.Long.fromBits(message.asyncId.low >>> 0, message.asyncId.high >>> 0, true).toBigInt();
                    else if (typeof message.asyncId === "number")
                        object.asyncId = options.longs === $String ? $String(message.asyncId) : message.asyncId;
                    else
                        object.asyncId = options.longs === $String ? $util.Long.prototype.toString.call(message.asyncId) : options.longs === $Number ? new $util.LongBits(message.asyncId.low >>> 0, message.asyncId.high >>> 0).toNumber(true) : message.asyncId;
                return object;
            };

            DisconnectCallback.prototype.toJSON = function() {
                return DisconnectCallback.toObject(this, $protobuf.util.toJSONOptions);
            };

            return DisconnectCallback;
        })();

        proto.ReadyForRoomEventRequest = (function() {

            const ReadyForRoomEventRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ReadyForRoomEventRequest.prototype.roomHandle = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            ReadyForRoomEventRequest.create = function(properties) {
                return new ReadyForRoomEventRequest(properties);
            };

            ReadyForRoomEventRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                writer.uint32(8).uint64(message.roomHandle);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ReadyForRoomEventRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.livekit.proto.ReadyForRoomEventRequest();
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
                            message.roomHandle = reader.uint64();
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
                if (!$Object.hasOwnProperty.call(message, "roomHandle"))
                    throw $util.ProtocolError("missing required 'roomHandle'", { instance: message });
                return message;
            };

            ReadyForRoomEventRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (!$util.isInteger(message.roomHandle) && !(message.roomHandle && $util.isInteger(message.roomHandle.low) && $util.isInteger(message.roomHandle.high)))
                    return "roomHandle: integer|Long expected";
                return null;
            };

            ReadyForRoomEventRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.livekit.proto.ReadyForRoomEventRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".livekit.proto.ReadyForRoomEventRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.livekit.proto.ReadyForRoomEventRequest();
                if (object.roomHandle != null)
                    if ($util.Long)
                        message.roomHandle = $util.Long.fromValue(object.roomHandle, true);
                    else if (typeof object.roomHandle === "string")
                        message.roomHandle = $parseInt(object.roomHandle, 10);
                    else if (typeof object.roomHandle === "number")
                        message.roomHandle = object.roomHandle;
                    else if (typeof object.roomHandle === "object")
                        message.roomHandle = new $util.LongBits(object.roomHandle.low >>> 0, object.roomHandle.high >>> 0).toNumber(true);
                return message;
            };

            ReadyForRoomEventRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.roomHandle = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.roomHandle = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if (message.roomHandle != null && $Object.hasOwnProperty.call(message, "roomHandle"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.roomHandle = typeof message.roomHandle === "number" ? $BigInt(message.roomHandle) : $util.Long.fromBits(message.roomHandle.low >>> 0, message.roomHandle.high >>> 0, true).toBigInt();
                    else if (typeof message.roomHandle === "number")
                        object.roomHandle = options.longs === $String ? $String(message.roomHandle) : message.roomHandle;
                    else
                        object.roomHandle = options.longs === $String ? $util.Long.prototype.toString.call(message.roomHandle) : options.longs === $Number ? new $util.LongBits(message.roomHandle.low >>> 0, message.roomHandle.high >>> 0).toNumber(true) : message.roomHandle;
                return object;
            };

            ReadyForRoomEventRequest.prototype.toJSON = function() {
                return ReadyForRoomEventRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            return ReadyForRoomEventRequest;
        })();

        proto.ReadyForRoomEventResponse = (function() {

            const ReadyForRoomEventResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ReadyForRoomEventResponse.create = function(properties) {
                return new ReadyForRoomEventResponse(properties);
            };

            ReadyForRoomEventResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ReadyForRoomEventResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.livekit.proto.ReadyForRoomEventResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
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

            ReadyForRoomEventResponse.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                return null;
            };

            ReadyForRoomEventResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.livekit.proto.ReadyForRoomEventResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".livekit.proto.ReadyForRoomEventResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.livekit.proto.ReadyForRoomEventResponse();
            };

            ReadyForRoomEventResponse.toObject = function () {
                return {};
            };

            ReadyForRoomEventResponse.prototype.toJSON = function() {
                return ReadyForRoomEventResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            return ReadyForRoomEventResponse;
        })();

        proto.GetSessionStatsRequest = (function() {

            const GetSessionStatsRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            GetSessionStatsRequest.prototype.roomHandle = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            GetSessionStatsRequest.prototype.requestAsyncId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            GetSessionStatsRequest.create = function(properties) {
                return new GetSessionStatsRequest(properties);
            };

            GetSessionStatsRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                writer.uint32(8).uint64(message.roomHandle);
                if (message.requestAsyncId != null && $Object.hasOwnProperty.call(message, "requestAsyncId"))
                    writer.uint32(16).uint64(message.requestAsyncId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            GetSessionStatsRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.livekit.proto.GetSessionStatsRequest();
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
                            message.roomHandle = reader.uint64();
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            message.requestAsyncId = reader.uint64();
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
                if (!$Object.hasOwnProperty.call(message, "roomHandle"))
                    throw $util.ProtocolError("missing required 'roomHandle'", { instance: message });
                return message;
            };

            GetSessionStatsRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (!$util.isInteger(message.roomHandle) && !(message.roomHandle && $util.isInteger(message.roomHandle.low) && $util.isInteger(message.roomHandle.high)))
                    return "roomHandle: integer|Long expected";
                if (message.requestAsyncId != null && $Object.hasOwnProperty.call(message, "requestAsyncId"))
                    if (!$util.isInteger(message.requestAsyncId) && !(message.requestAsyncId && $util.isInteger(message.requestAsyncId.low) && $util.isInteger(message.requestAsyncId.high)))
                        return "requestAsyncId: integer|Long expected";
                return null;
            };

            GetSessionStatsRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.livekit.proto.GetSessionStatsRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".livekit.proto.GetSessionStatsRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.livekit.proto.GetSessionStatsRequest();
                if (object.roomHandle != null)
                    if ($util.Long)
                        message.roomHandle = $util.Long.fromValue(object.roomHandle, true);
                    else if (typeof object.roomHandle === "string")
                        message.roomHandle = $parseInt(object.roomHandle, 10);
                    else if (typeof object.roomHandle === "number")
                        message.roomHandle = object.roomHandle;
                    else if (typeof object.roomHandle === "object")
                        message.roomHandle = new $util.LongBits(object.roomHandle.low >>> 0, object.roomHandle.high >>> 0).toNumber(true);
                if (object.requestAsyncId != null)
                    if ($util.Long)
                        message.requestAsyncId = $util.Long.fromValue(object.requestAsyncId, true);
                    else if (typeof object.requestAsyncId === "string")
                        message.requestAsyncId = $parseInt(object.requestAsyncId, 10);
                    else if (typeof object.requestAsyncId === "number")
                        message.requestAsyncId = object.requestAsyncId;
                    else if (typeof object.requestAsyncId === "object")
                        message.requestAsyncId = new $util.LongBits(object.requestAsyncId.low >>> 0, object.requestAsyncId.high >>> 0).toNumber(true);
                return message;
            };

            GetSessionStatsRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.roomHandle = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.roomHandle = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.requestAsyncId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.requestAsyncId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.roomHandle != null && $Object.hasOwnProperty.call(message, "roomHandle"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.roomHandle = typeof message.roomHandle === "number" ? $BigInt(message.roomHandle) : $util.Long.fromBits(message.roomHandle.low >>> 0, message.roomHandle.high >>> 0, true).toBigInt();
                    else if (typeof message.roomHandle === "number")
                        object.roomHandle = options.longs === $String ? $String(message.roomHandle) : message.roomHandle;
                    else
                        object.roomHandle = options.longs === $String ? $util.Long.prototype.toString.call(message.roomHandle) : options.longs === $Number ? new $util.LongBits(message.roomHandle.low >>> 0, message.roomHandle.high >>> 0).toNumber(true) : message.roomHandle;
                if (message.requestAsyncId != null && $Object.hasOwnProperty.call(message, "requestAsyncId"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.requestAsyncId = typeof message.requestAsyncId === "number" ? $BigInt(message.requestAsyncId) : $util.Long.fromBits(message.requestAsyncId.low >>> 0, message.requestAsyncId.high >>> 0, true).toBigInt();
                    else if (typeof message.requestAsyncId === "number")
                        object.requestAsyncId = options.longs === $String ? $String(message.requestAsyncId) : message.requestAsyncId;
                    else
                        object.requestAsyncId = options.longs === $String ? $util.Long.prototype.toString.call(message.requestAsyncId) : options.longs === $Number ? new $util.LongBits(message.requestAsyncId.low >>> 0, message.requestAsyncId.high >>> 0).toNumber(true) : message.requestAsyncId;
                return object;
            };

            GetSessionStatsRequest.prototype.toJSON = function() {
                return GetSessionStatsRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            return GetSessionStatsRequest;
        })();

        proto.GetSessionStatsResponse = (function() {

            const GetSessionStatsResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            GetSessionStatsResponse.prototype.asyncId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            GetSessionStatsResponse.create = function(properties) {
                return new GetSessionStatsResponse(properties);
            };

            GetSessionStatsResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                writer.uint32(8).uint64(message.asyncId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            GetSessionStatsResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.livekit.proto.GetSessionStatsResponse();
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
                            message.asyncId = reader.uint64();
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
                if (!$Object.hasOwnProperty.call(message, "asyncId"))
                    throw $util.ProtocolError("missing required 'asyncId'", { instance: message });
                return message;
            };

            GetSessionStatsResponse.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (!$util.isInteger(message.asyncId) && !(message.asyncId && $util.isInteger(message.asyncId.low) && $util.isInteger(message.asyncId.high)))
                    return "asyncId: integer|Long expected";
                return null;
            };

            GetSessionStatsResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.livekit.proto.GetSessionStatsResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".livekit.proto.GetSessionStatsResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.livekit.proto.GetSessionStatsResponse();
                if (object.asyncId != null)
                    if ($util.Long)
                        message.asyncId = $util.Long.fromValue(object.asyncId, true);
                    else if (typeof object.asyncId === "string")
                        message.asyncId = $parseInt(object.asyncId, 10);
                    else if (typeof object.asyncId === "number")
                        message.asyncId = object.asyncId;
                    else if (typeof object.asyncId === "object")
                        message.asyncId = new $util.LongBits(object.asyncId.low >>> 0, object.asyncId.high >>> 0).toNumber(true);
                return message;
            };

            GetSessionStatsResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.asyncId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.asyncId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if (message.asyncId != null && $Object.hasOwnProperty.call(message, "asyncId"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.asyncId = typeof message.asyncId === "number" ? $BigInt(message.asyncId) : $util.Long.fromBits(message.asyncId.low >>> 0, message.asyncId.high >>> 0, true).toBigInt();
                    else if (typeof message.asyncId === "number")
                        object.asyncId = options.longs === $String ? $String(message.asyncId) : message.asyncId;
                    else
                        object.asyncId = options.longs === $String ? $util.Long.prototype.toString.call(message.asyncId) : options.longs === $Number ? new $util.LongBits(message.asyncId.low >>> 0, message.asyncId.high >>> 0).toNumber(true) : message.asyncId;
                return object;
            };

            GetSessionStatsResponse.prototype.toJSON = function() {
                return GetSessionStatsResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            return GetSessionStatsResponse;
        })();

        proto.GetSessionStatsCallback = (function() {

            const GetSessionStatsCallback = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            GetSessionStatsCallback.prototype.asyncId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            GetSessionStatsCallback.prototype.error = null;
            GetSessionStatsCallback.prototype.result = null;

            let $oneOfFields;

            $Object.defineProperty(GetSessionStatsCallback.prototype, "message", {
                get: $util.oneOfGetter($oneOfFields = ["error", "result"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            GetSessionStatsCallback.create = function(properties) {
                return new GetSessionStatsCallback(properties);
            };

            GetSessionStatsCallback.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                writer.uint32(8).uint64(message.asyncId);
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    writer.uint32(18).string(message.error);
                if (message.result != null && $Object.hasOwnProperty.call(message, "result"))
                    $root.livekit.proto.GetSessionStatsCallback.Result.encode(message.result, writer.uint32(26).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            GetSessionStatsCallback.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.livekit.proto.GetSessionStatsCallback();
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
                            message.asyncId = reader.uint64();
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.error = reader.string();
                            message.message = "error";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.result = $root.livekit.proto.GetSessionStatsCallback.Result.decode(reader, reader.size(), $undefined, _depth + 1, message.result);
                            message.message = "result";
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
                if (!$Object.hasOwnProperty.call(message, "asyncId"))
                    throw $util.ProtocolError("missing required 'asyncId'", { instance: message });
                return message;
            };

            GetSessionStatsCallback.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (!$util.isInteger(message.asyncId) && !(message.asyncId && $util.isInteger(message.asyncId.low) && $util.isInteger(message.asyncId.high)))
                    return "asyncId: integer|Long expected";
                if (message.error != null && $Object.hasOwnProperty.call(message, "error")) {
                    properties.message = 1;
                    if (!$util.isString(message.error))
                        return "error: string expected";
                }
                if (message.result != null && $Object.hasOwnProperty.call(message, "result")) {
                    if (properties.message === 1)
                        return "message: multiple values";
                    properties.message = 1;
                    {
                        let error = $root.livekit.proto.GetSessionStatsCallback.Result.verify(message.result, _depth + 1);
                        if (error)
                            return "result." + error;
                    }
                }
                return null;
            };

            GetSessionStatsCallback.fromObject = function (object, _depth) {
                if (object instanceof $root.livekit.proto.GetSessionStatsCallback)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".livekit.proto.GetSessionStatsCallback: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.livekit.proto.GetSessionStatsCallback();
                if (object.asyncId != null)
                    if ($util.Long)
                        message.asyncId = $util.Long.fromValue(object.asyncId, true);
                    else if (typeof object.asyncId === "string")
                        message.asyncId = $parseInt(object.asyncId, 10);
                    else if (typeof object.asyncId === "number")
                        message.asyncId = object.asyncId;
                    else if (typeof object.asyncId === "object")
                        message.asyncId = new $util.LongBits(object.asyncId.low >>> 0, object.asyncId.high >>> 0).toNumber(true);
                if (object.error != null)
                    message.error = $String(object.error);
                if (object.result != null) {
                    if (!$util.isObject(object.result))
                        throw $TypeError(".livekit.proto.GetSessionStatsCallback.result: object expected");
                    message.result = $root.livekit.proto.GetSessionStatsCallback.Result.fromObject(object.result, _depth + 1);
                }
                return message;
            };

            GetSessionStatsCallback.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.asyncId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.asyncId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if (message.asyncId != null && $Object.hasOwnProperty.call(message, "asyncId"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.asyncId = typeof message.asyncId === "number" ? $BigInt(message.asyncId) : $util.Long.fromBits(message.asyncId.low >>> 0, message.asyncId.high >>> 0, true).toBigInt();
                    else if (typeof message.asyncId === "number")
                        object.asyncId = options.longs === $String ? $String(message.asyncId) : message.asyncId;
                    else
                        object.asyncId = options.longs === $String ? $util.Long.prototype.toString.call(message.asyncId) : options.longs === $Number ? new $util.LongBits(message.asyncId.low >>> 0, message.asyncId.high >>> 0).toNumber(true) : message.asyncId;
                if (message.error != null && $Object.hasOwnProperty.call(message, "error")) {
                    object.error = message.error;
                    if (options.oneofs)
                        object.message = "error";
                }
                if (message.result != null && $Object.hasOwnProperty.call(message, "result")) {
                    object.result = $root.livekit.proto.GetSessionStatsCallback.Result.toObject(message.result, options, _depth + 1);
                    if (options.oneofs)
                        object.message = "result";
                }
                return object;
            };

            GetSessionStatsCallback.prototype.toJSON = function() {
                return GetSessionStatsCallback.toObject(this, $protobuf.util.toJSONOptions);
            };

            GetSessionStatsCallback.Result = (function() {

                const Result = function (properties) {
                    this.publisherStats = [];
                    this.subscriberStats = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                Result.prototype.publisherStats = $util.emptyArray;
                Result.prototype.subscriberStats = $util.emptyArray;

                Result.create = function(properties) {
                    return new Result(properties);
                };

                Result.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.publisherStats != null && message.publisherStats.length)
                        for (let i = 0; i < message.publisherStats.length; ++i)
                            $root.livekit.proto.RtcStats.encode(message.publisherStats[i], writer.uint32(10).fork(), _depth + 1).ldelim();
                    if (message.subscriberStats != null && message.subscriberStats.length)
                        for (let i = 0; i < message.subscriberStats.length; ++i)
                            $root.livekit.proto.RtcStats.encode(message.subscriberStats[i], writer.uint32(18).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                Result.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.livekit.proto.GetSessionStatsCallback.Result();
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
                                if (!(message.publisherStats && message.publisherStats.length))
                                    message.publisherStats = [];
                                message.publisherStats.push($root.livekit.proto.RtcStats.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.subscriberStats && message.subscriberStats.length))
                                    message.subscriberStats = [];
                                message.subscriberStats.push($root.livekit.proto.RtcStats.decode(reader, reader.size(), $undefined, _depth + 1));
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

                Result.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.publisherStats != null && $Object.hasOwnProperty.call(message, "publisherStats")) {
                        if (!$Array.isArray(message.publisherStats))
                            return "publisherStats: array expected";
                        for (let i = 0; i < message.publisherStats.length; ++i) {
                            let error = $root.livekit.proto.RtcStats.verify(message.publisherStats[i], _depth + 1);
                            if (error)
                                return "publisherStats." + error;
                        }
                    }
                    if (message.subscriberStats != null && $Object.hasOwnProperty.call(message, "subscriberStats")) {
                        if (!$Array.isArray(message.subscriberStats))
                            return "subscriberStats: array expected";
                        for (let i = 0; i < message.subscriberStats.length; ++i) {
                            let error = $root.livekit.proto.RtcStats.verify(message.subscriberStats[i], _depth + 1);
                            if (error)
                                return "subscriberStats." + error;
                        }
                    }
                    return null;
                };

                Result.fromObject = function (object, _depth) {
                    if (object instanceof $root.livekit.proto.GetSessionStatsCallback.Result)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".livekit.proto.GetSessionStatsCallback.Result: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.livekit.proto.GetSessionStatsCallback.Result();
                    if (object.publisherStats) {
                        if (!$Array.isArray(object.publisherStats))
                            throw $TypeError(".livekit.proto.GetSessionStatsCallback.Result.publisherStats: array expected");
                        message.publisherStats = $Array(object.publisherStats.length);
                        for (let i = 0; i < object.publisherStats.length; ++i) {
                            if (!$util.isObject(object.publisherStats[i]))
                                throw $TypeError(".livekit.proto.GetSessionStatsCallback.Result.publisherStats: object expected");
                            message.publisherStats[i] = $root.livekit.proto.RtcStats.fromObject(object.publisherStats[i], _depth + 1);
                        }
                    }
                    if (object.subscriberStats) {
                        if (!$Array.isArray(object.subscriberStats))
                            throw $TypeError(".livekit.proto.GetSessionStatsCallback.Result.subscriberStats: array expected");
                        message.subscriberStats = $Array(object.subscriberStats.length);
                        for (let i = 0; i < object.subscriberStats.length; ++i) {
                            if (!$util.isObject(object.subscriberStats[i]))
                                throw $TypeError(".livekit.proto.GetSessionStatsCallback.Result.subscriberStats: object expected");
                            message.subscriberStats[i] = $root.livekit.proto.RtcStats.fromObject(object.subscriberStats[i], _depth + 1);
                        }
                    }
                    return message;
                };

                Result.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults) {
                        object.publisherStats = [];
                        object.subscriberStats = [];
                    }
                    if (message.publisherStats && message.publisherStats.length) {
                        object.publisherStats = $Array(message.publisherStats.length);
                        for (let j = 0; j < message.publisherStats.length; ++j)
                            object.publisherStats[j] = $root.livekit.proto.RtcStats.toObject(message.publisherStats[j], options, _depth + 1);
                    }
                    if (message.subscriberStats && message.subscriberStats.length) {
                        object.subscriberStats = $Array(message.subscriberStats.length);
                        for (let j = 0; j < message.subscriberStats.length; ++j)
                            object.subscriberStats[j] = $root.livekit.proto.RtcStats.toObject(message.subscriberStats[j], options, _depth + 1);
                    }
                    return object;
                };

                Result.prototype.toJSON = function() {
                    return Result.toObject(this, $protobuf.util.toJSONOptions);
                };

                return Result;
            })();

            return GetSessionStatsCallback;
        })();

        proto.IceServer = (function() {

            const IceServer = function (properties) {
                this.urls = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            IceServer.prototype.urls = $util.emptyArray;
            IceServer.prototype.username = "";
            IceServer.prototype.password = "";

            IceServer.create = function(properties) {
                return new IceServer(properties);
            };

            IceServer.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.urls != null && message.urls.length)
                    for (let i = 0; i < message.urls.length; ++i)
                        writer.uint32(10).string(message.urls[i]);
                if (message.username != null && $Object.hasOwnProperty.call(message, "username"))
                    writer.uint32(18).string(message.username);
                if (message.password != null && $Object.hasOwnProperty.call(message, "password"))
                    writer.uint32(26).string(message.password);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            IceServer.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.livekit.proto.IceServer();
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
                            if (!(message.urls && message.urls.length))
                                message.urls = [];
                            message.urls.push(reader.string());
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.username = reader.string();
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.password = reader.string();
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

            IceServer.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.urls != null && $Object.hasOwnProperty.call(message, "urls")) {
                    if (!$Array.isArray(message.urls))
                        return "urls: array expected";
                    for (let i = 0; i < message.urls.length; ++i)
                        if (!$util.isString(message.urls[i]))
                            return "urls: string[] expected";
                }
                if (message.username != null && $Object.hasOwnProperty.call(message, "username"))
                    if (!$util.isString(message.username))
                        return "username: string expected";
                if (message.password != null && $Object.hasOwnProperty.call(message, "password"))
                    if (!$util.isString(message.password))
                        return "password: string expected";
                return null;
            };

            IceServer.fromObject = function (object, _depth) {
                if (object instanceof $root.livekit.proto.IceServer)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".livekit.proto.IceServer: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.livekit.proto.IceServer();
                if (object.urls) {
                    if (!$Array.isArray(object.urls))
                        throw $TypeError(".livekit.proto.IceServer.urls: array expected");
                    message.urls = $Array(object.urls.length);
                    for (let i = 0; i < object.urls.length; ++i)
                        message.urls[i] = $String(object.urls[i]);
                }
                if (object.username != null)
                    message.username = $String(object.username);
                if (object.password != null)
                    message.password = $String(object.password);
                return message;
            };

            IceServer.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.urls = [];
                if (options.defaults) {
                    object.username = "";
                    object.password = "";
                }
                if (message.urls && message.urls.length) {
                    object.urls = $Array(message.urls.length);
                    for (let j = 0; j < message.urls.length; ++j)
                        object.urls[j] = message.urls[j];
                }
                if (message.username != null && $Object.hasOwnProperty.call(message, "username"))
                    object.username = message.username;
                if (message.password != null && $Object.hasOwnProperty.call(message, "password"))
                    object.password = message.password;
                return object;
            };

            IceServer.prototype.toJSON = function() {
                return IceServer.toObject(this, $protobuf.util.toJSONOptions);
            };

            return IceServer;
        })();

        proto.RtcConfig = (function() {

            const RtcConfig = function (properties) {
                this.iceServers = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            RtcConfig.prototype.iceTransportType = 0;
            RtcConfig.prototype.continualGatheringPolicy = 0;
            RtcConfig.prototype.iceServers = $util.emptyArray;

            RtcConfig.create = function(properties) {
                return new RtcConfig(properties);
            };

            RtcConfig.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.iceTransportType != null && $Object.hasOwnProperty.call(message, "iceTransportType"))
                    writer.uint32(8).int32(message.iceTransportType);
                if (message.continualGatheringPolicy != null && $Object.hasOwnProperty.call(message, "continualGatheringPolicy"))
                    writer.uint32(16).int32(message.continualGatheringPolicy);
                if (message.iceServers != null && message.iceServers.length)
                    for (let i = 0; i < message.iceServers.length; ++i)
                        $root.livekit.proto.IceServer.encode(message.iceServers[i], writer.uint32(26).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            RtcConfig.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.livekit.proto.RtcConfig();
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
                            value = reader.int32();
                            if ($root.livekit.proto.IceTransportType[value] !== $undefined)
                                message.iceTransportType = value;
                            else if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            value = reader.int32();
                            if ($root.livekit.proto.ContinualGatheringPolicy[value] !== $undefined)
                                message.continualGatheringPolicy = value;
                            else if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.iceServers && message.iceServers.length))
                                message.iceServers = [];
                            message.iceServers.push($root.livekit.proto.IceServer.decode(reader, reader.size(), $undefined, _depth + 1));
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

            RtcConfig.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.iceTransportType != null && $Object.hasOwnProperty.call(message, "iceTransportType"))
                    switch (message.iceTransportType) {
                    default:
                        return "iceTransportType: enum value expected";
                    case 0:
                    case 1:
                    case 2:
                        break;
                    }
                if (message.continualGatheringPolicy != null && $Object.hasOwnProperty.call(message, "continualGatheringPolicy"))
                    switch (message.continualGatheringPolicy) {
                    default:
                        return "continualGatheringPolicy: enum value expected";
                    case 0:
                    case 1:
                        break;
                    }
                if (message.iceServers != null && $Object.hasOwnProperty.call(message, "iceServers")) {
                    if (!$Array.isArray(message.iceServers))
                        return "iceServers: array expected";
                    for (let i = 0; i < message.iceServers.length; ++i) {
                        let error = $root.livekit.proto.IceServer.verify(message.iceServers[i], _depth + 1);
                        if (error)
                            return "iceServers." + error;
                    }
                }
                return null;
            };

            RtcConfig.fromObject = function (object, _depth) {
                if (object instanceof $root.livekit.proto.RtcConfig)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".livekit.proto.RtcConfig: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.livekit.proto.RtcConfig();
                switch (object.iceTransportType) {
                case "TRANSPORT_RELAY":
                case 0:
                    message.iceTransportType = 0;
                    break;
                case "TRANSPORT_NOHOST":
                case 1:
                    message.iceTransportType = 1;
                    break;
                case "TRANSPORT_ALL":
                case 2:
                    message.iceTransportType = 2;
                    break;
                default:
                }
                switch (object.continualGatheringPolicy) {
                case "GATHER_ONCE":
                case 0:
                    message.continualGatheringPolicy = 0;
                    break;
                case "GATHER_CONTINUALLY":
                case 1:
                    message.continualGatheringPolicy = 1;
                    break;
                default:
                }
                if (object.iceServers) {
                    if (!$Array.isArray(object.iceServers))
                        throw $TypeError(".livekit.proto.RtcConfig.iceServers: array expected");
                    message.iceServers = $Array(object.iceServers.length);
                    for (let i = 0; i < object.iceServers.length; ++i) {
                        if (!$util.isObject(object.iceServers[i]))
                            throw $TypeError(".livekit.proto.RtcConfig.iceServers: object expected");
                        message.iceServers[i] = $root.livekit.proto.IceServer.fromObject(object.iceServers[i], _depth + 1);
                    }
                }
                return message;
            };

            RtcConfig.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.iceServers = [];
                if (options.defaults) {
                    object.iceTransportType = options.enums === $String ? "TRANSPORT_RELAY" : 0;
                    object.continualGatheringPolicy = options.enums === $String ? "GATHER_ONCE" : 0;
                }
                if (message.iceTransportType != null && $Object.hasOwnProperty.call(message, "iceTransportType"))
                    object.iceTransportType = options.enums === $String ? $root.livekit.proto.IceTransportType[message.iceTransportType] === $undefined ? message.iceTransportType : $root.livekit.proto.IceTransportType[message.iceTransportType] : message.iceTransportType;
                if (message.continualGatheringPolicy != null && $Object.hasOwnProperty.call(message, "continualGatheringPolicy"))
                    object.continualGatheringPolicy = options.enums === $String ? $root.livekit.proto.ContinualGatheringPolicy[message.continualGatheringPolicy] === $undefined ? message.continualGatheringPolicy : $root.livekit.proto.ContinualGatheringPolicy[message.continualGatheringPolicy] : message.continualGatheringPolicy;
                if (message.iceServers && message.iceServers.length) {
                    object.iceServers = $Array(message.iceServers.length);
                    for (let j = 0; j < message.iceServers.length; ++j)
                        object.iceServers[j] = $root.livekit.proto.IceServer.toObject(message.iceServers[j], options, _depth + 1);
                }
                return object;
            };

            RtcConfig.prototype.toJSON = function() {
                return RtcConfig.toObject(this, $protobuf.util.toJSONOptions);
            };

            return RtcConfig;
        })();

        proto.RoomOptions = (function() {

            const RoomOptions = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            RoomOptions.prototype.autoSubscribe = false;
            RoomOptions.prototype.adaptiveStream = false;
            RoomOptions.prototype.dynacast = false;
            RoomOptions.prototype.rtcConfig = null;
            RoomOptions.prototype.joinRetries = 0;
            RoomOptions.prototype.singlePeerConnection = false;
            RoomOptions.prototype.connectTimeoutMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            RoomOptions.prototype.otherSdks = "";

            RoomOptions.create = function(properties) {
                return new RoomOptions(properties);
            };

            RoomOptions.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.autoSubscribe != null && $Object.hasOwnProperty.call(message, "autoSubscribe"))
                    writer.uint32(8).bool(message.autoSubscribe);
                if (message.adaptiveStream != null && $Object.hasOwnProperty.call(message, "adaptiveStream"))
                    writer.uint32(16).bool(message.adaptiveStream);
                if (message.dynacast != null && $Object.hasOwnProperty.call(message, "dynacast"))
                    writer.uint32(24).bool(message.dynacast);
                if (message.rtcConfig != null && $Object.hasOwnProperty.call(message, "rtcConfig"))
                    $root.livekit.proto.RtcConfig.encode(message.rtcConfig, writer.uint32(42).fork(), _depth + 1).ldelim();
                if (message.joinRetries != null && $Object.hasOwnProperty.call(message, "joinRetries"))
                    writer.uint32(48).uint32(message.joinRetries);
                if (message.singlePeerConnection != null && $Object.hasOwnProperty.call(message, "singlePeerConnection"))
                    writer.uint32(64).bool(message.singlePeerConnection);
                if (message.connectTimeoutMs != null && $Object.hasOwnProperty.call(message, "connectTimeoutMs"))
                    writer.uint32(72).uint64(message.connectTimeoutMs);
                if (message.otherSdks != null && $Object.hasOwnProperty.call(message, "otherSdks"))
                    writer.uint32(90).string(message.otherSdks);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            RoomOptions.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.livekit.proto.RoomOptions();
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
                            message.autoSubscribe = reader.bool();
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            message.adaptiveStream = reader.bool();
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            message.dynacast = reader.bool();
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.rtcConfig = $root.livekit.proto.RtcConfig.decode(reader, reader.size(), $undefined, _depth + 1, message.rtcConfig);
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            message.joinRetries = reader.uint32();
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            message.singlePeerConnection = reader.bool();
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            message.connectTimeoutMs = reader.uint64();
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            message.otherSdks = reader.string();
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

            RoomOptions.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.autoSubscribe != null && $Object.hasOwnProperty.call(message, "autoSubscribe"))
                    if (typeof message.autoSubscribe !== "boolean")
                        return "autoSubscribe: boolean expected";
                if (message.adaptiveStream != null && $Object.hasOwnProperty.call(message, "adaptiveStream"))
                    if (typeof message.adaptiveStream !== "boolean")
                        return "adaptiveStream: boolean expected";
                if (message.dynacast != null && $Object.hasOwnProperty.call(message, "dynacast"))
                    if (typeof message.dynacast !== "boolean")
                        return "dynacast: boolean expected";
                if (message.rtcConfig != null && $Object.hasOwnProperty.call(message, "rtcConfig")) {
                    let error = $root.livekit.proto.RtcConfig.verify(message.rtcConfig, _depth + 1);
                    if (error)
                        return "rtcConfig." + error;
                }
                if (message.joinRetries != null && $Object.hasOwnProperty.call(message, "joinRetries"))
                    if (!$util.isInteger(message.joinRetries))
                        return "joinRetries: integer expected";
                if (message.singlePeerConnection != null && $Object.hasOwnProperty.call(message, "singlePeerConnection"))
                    if (typeof message.singlePeerConnection !== "boolean")
                        return "singlePeerConnection: boolean expected";
                if (message.connectTimeoutMs != null && $Object.hasOwnProperty.call(message, "connectTimeoutMs"))
                    if (!$util.isInteger(message.connectTimeoutMs) && !(message.connectTimeoutMs && $util.isInteger(message.connectTimeoutMs.low) && $util.isInteger(message.connectTimeoutMs.high)))
                        return "connectTimeoutMs: integer|Long expected";
                if (message.otherSdks != null && $Object.hasOwnProperty.call(message, "otherSdks"))
                    if (!$util.isString(message.otherSdks))
                        return "otherSdks: string expected";
                return null;
            };

            RoomOptions.fromObject = function (object, _depth) {
                if (object instanceof $root.livekit.proto.RoomOptions)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".livekit.proto.RoomOptions: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.livekit.proto.RoomOptions();
                if (object.autoSubscribe != null)
                    message.autoSubscribe = $Boolean(object.autoSubscribe);
                if (object.adaptiveStream != null)
                    message.adaptiveStream = $Boolean(object.adaptiveStream);
                if (object.dynacast != null)
                    message.dynacast = $Boolean(object.dynacast);
                if (object.rtcConfig != null) {
                    if (!$util.isObject(object.rtcConfig))
                        throw $TypeError(".livekit.proto.RoomOptions.rtcConfig: object expected");
                    message.rtcConfig = $root.livekit.proto.RtcConfig.fromObject(object.rtcConfig, _depth + 1);
                }
                if (object.joinRetries != null)
                    message.joinRetries = object.joinRetries >>> 0;
                if (object.singlePeerConnection != null)
                    message.singlePeerConnection = $Boolean(object.singlePeerConnection);
                if (object.connectTimeoutMs != null)
                    if ($util.Long)
                        message.connectTimeoutMs = $util.Long.fromValue(object.connectTimeoutMs, true);
                    else if (typeof object.connectTimeoutMs === "string")
                        message.connectTimeoutMs = $parseInt(object.connectTimeoutMs, 10);
                    else if (typeof object.connectTimeoutMs === "number")
                        message.connectTimeoutMs = object.connectTimeoutMs;
                    else if (typeof object.connectTimeoutMs === "object")
                        message.connectTimeoutMs = new $util.LongBits(object.connectTimeoutMs.low >>> 0, object.connectTimeoutMs.high >>> 0).toNumber(true);
                if (object.otherSdks != null)
                    message.otherSdks = $String(object.otherSdks);
                return message;
            };

            RoomOptions.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.autoSubscribe = false;
                    object.adaptiveStream = false;
                    object.dynacast = false;
                    object.rtcConfig = null;
                    object.joinRetries = 0;
                    object.singlePeerConnection = false;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.connectTimeoutMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.connectTimeoutMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.otherSdks = "";
                }
                if (message.autoSubscribe != null && $Object.hasOwnProperty.call(message, "autoSubscribe"))
                    object.autoSubscribe = message.autoSubscribe;
                if (message.adaptiveStream != null && $Object.hasOwnProperty.call(message, "adaptiveStream"))
                    object.adaptiveStream = message.adaptiveStream;
                if (message.dynacast != null && $Object.hasOwnProperty.call(message, "dynacast"))
                    object.dynacast = message.dynacast;
                if (message.rtcConfig != null && $Object.hasOwnProperty.call(message, "rtcConfig"))
                    object.rtcConfig = $root.livekit.proto.RtcConfig.toObject(message.rtcConfig, options, _depth + 1);
                if (message.joinRetries != null && $Object.hasOwnProperty.call(message, "joinRetries"))
                    object.joinRetries = message.joinRetries;
                if (message.singlePeerConnection != null && $Object.hasOwnProperty.call(message, "singlePeerConnection"))
                    object.singlePeerConnection = message.singlePeerConnection;
                if (message.connectTimeoutMs != null && $Object.hasOwnProperty.call(message, "connectTimeoutMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.connectTimeoutMs = typeof message.connectTimeoutMs === "number" ? $BigInt(message.connectTimeoutMs) : $util.Long.fromBits(message.connectTimeoutMs.low >>> 0, message.connectTimeoutMs.high >>> 0, true).toBigInt();
                    else if (typeof message.connectTimeoutMs === "number")
                        object.connectTimeoutMs = options.longs === $String ? $String(message.connectTimeoutMs) : message.connectTimeoutMs;
                    else
                        object.connectTimeoutMs = options.longs === $String ? $util.Long.prototype.toString.call(message.connectTimeoutMs) : options.longs === $Number ? new $util.LongBits(message.connectTimeoutMs.low >>> 0, message.connectTimeoutMs.high >>> 0).toNumber(true) : message.connectTimeoutMs;
                if (message.otherSdks != null && $Object.hasOwnProperty.call(message, "otherSdks"))
                    object.otherSdks = message.otherSdks;
                return object;
            };

            RoomOptions.prototype.toJSON = function() {
                return RoomOptions.toObject(this, $protobuf.util.toJSONOptions);
            };

            return RoomOptions;
        })();

        proto.RoomEvent = (function() {

            const RoomEvent = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            RoomEvent.prototype.roomHandle = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            RoomEvent.prototype.participantConnected = null;
            RoomEvent.prototype.participantDisconnected = null;
            RoomEvent.prototype.roomSidChanged = null;
            RoomEvent.prototype.connectionStateChanged = null;
            RoomEvent.prototype.disconnected = null;
            RoomEvent.prototype.reconnecting = null;
            RoomEvent.prototype.reconnected = null;
            RoomEvent.prototype.eos = null;
            RoomEvent.prototype.participantActive = null;
            RoomEvent.prototype.dataTrackPublished = null;
            RoomEvent.prototype.dataTrackUnpublished = null;

            let $oneOfFields;

            $Object.defineProperty(RoomEvent.prototype, "message", {
                get: $util.oneOfGetter($oneOfFields = ["participantConnected", "participantDisconnected", "roomSidChanged", "connectionStateChanged", "disconnected", "reconnecting", "reconnected", "eos", "participantActive", "dataTrackPublished", "dataTrackUnpublished"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            RoomEvent.create = function(properties) {
                return new RoomEvent(properties);
            };

            RoomEvent.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                writer.uint32(8).uint64(message.roomHandle);
                if (message.participantConnected != null && $Object.hasOwnProperty.call(message, "participantConnected"))
                    $root.livekit.proto.ParticipantConnected.encode(message.participantConnected, writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.participantDisconnected != null && $Object.hasOwnProperty.call(message, "participantDisconnected"))
                    $root.livekit.proto.ParticipantDisconnected.encode(message.participantDisconnected, writer.uint32(26).fork(), _depth + 1).ldelim();
                if (message.roomSidChanged != null && $Object.hasOwnProperty.call(message, "roomSidChanged"))
                    $root.livekit.proto.RoomSidChanged.encode(message.roomSidChanged, writer.uint32(130).fork(), _depth + 1).ldelim();
                if (message.connectionStateChanged != null && $Object.hasOwnProperty.call(message, "connectionStateChanged"))
                    $root.livekit.proto.ConnectionStateChanged.encode(message.connectionStateChanged, writer.uint32(170).fork(), _depth + 1).ldelim();
                if (message.disconnected != null && $Object.hasOwnProperty.call(message, "disconnected"))
                    $root.livekit.proto.Disconnected.encode(message.disconnected, writer.uint32(178).fork(), _depth + 1).ldelim();
                if (message.reconnecting != null && $Object.hasOwnProperty.call(message, "reconnecting"))
                    $root.livekit.proto.Reconnecting.encode(message.reconnecting, writer.uint32(186).fork(), _depth + 1).ldelim();
                if (message.reconnected != null && $Object.hasOwnProperty.call(message, "reconnected"))
                    $root.livekit.proto.Reconnected.encode(message.reconnected, writer.uint32(194).fork(), _depth + 1).ldelim();
                if (message.eos != null && $Object.hasOwnProperty.call(message, "eos"))
                    $root.livekit.proto.RoomEOS.encode(message.eos, writer.uint32(210).fork(), _depth + 1).ldelim();
                if (message.participantActive != null && $Object.hasOwnProperty.call(message, "participantActive"))
                    $root.livekit.proto.ParticipantActive.encode(message.participantActive, writer.uint32(338).fork(), _depth + 1).ldelim();
                if (message.dataTrackPublished != null && $Object.hasOwnProperty.call(message, "dataTrackPublished"))
                    $root.livekit.proto.DataTrackPublished.encode(message.dataTrackPublished, writer.uint32(346).fork(), _depth + 1).ldelim();
                if (message.dataTrackUnpublished != null && $Object.hasOwnProperty.call(message, "dataTrackUnpublished"))
                    $root.livekit.proto.DataTrackUnpublished.encode(message.dataTrackUnpublished, writer.uint32(354).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            RoomEvent.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.livekit.proto.RoomEvent();
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
                            message.roomHandle = reader.uint64();
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.participantConnected = $root.livekit.proto.ParticipantConnected.decode(reader, reader.size(), $undefined, _depth + 1, message.participantConnected);
                            message.message = "participantConnected";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.participantDisconnected = $root.livekit.proto.ParticipantDisconnected.decode(reader, reader.size(), $undefined, _depth + 1, message.participantDisconnected);
                            message.message = "participantDisconnected";
                            continue;
                        }
                    case 16: {
                            if (wireType !== 2)
                                break;
                            message.roomSidChanged = $root.livekit.proto.RoomSidChanged.decode(reader, reader.size(), $undefined, _depth + 1, message.roomSidChanged);
                            message.message = "roomSidChanged";
                            continue;
                        }
                    case 21: {
                            if (wireType !== 2)
                                break;
                            message.connectionStateChanged = $root.livekit.proto.ConnectionStateChanged.decode(reader, reader.size(), $undefined, _depth + 1, message.connectionStateChanged);
                            message.message = "connectionStateChanged";
                            continue;
                        }
                    case 22: {
                            if (wireType !== 2)
                                break;
                            message.disconnected = $root.livekit.proto.Disconnected.decode(reader, reader.size(), $undefined, _depth + 1, message.disconnected);
                            message.message = "disconnected";
                            continue;
                        }
                    case 23: {
                            if (wireType !== 2)
                                break;
                            message.reconnecting = $root.livekit.proto.Reconnecting.decode(reader, reader.size(), $undefined, _depth + 1, message.reconnecting);
                            message.message = "reconnecting";
                            continue;
                        }
                    case 24: {
                            if (wireType !== 2)
                                break;
                            message.reconnected = $root.livekit.proto.Reconnected.decode(reader, reader.size(), $undefined, _depth + 1, message.reconnected);
                            message.message = "reconnected";
                            continue;
                        }
                    case 26: {
                            if (wireType !== 2)
                                break;
                            message.eos = $root.livekit.proto.RoomEOS.decode(reader, reader.size(), $undefined, _depth + 1, message.eos);
                            message.message = "eos";
                            continue;
                        }
                    case 42: {
                            if (wireType !== 2)
                                break;
                            message.participantActive = $root.livekit.proto.ParticipantActive.decode(reader, reader.size(), $undefined, _depth + 1, message.participantActive);
                            message.message = "participantActive";
                            continue;
                        }
                    case 43: {
                            if (wireType !== 2)
                                break;
                            message.dataTrackPublished = $root.livekit.proto.DataTrackPublished.decode(reader, reader.size(), $undefined, _depth + 1, message.dataTrackPublished);
                            message.message = "dataTrackPublished";
                            continue;
                        }
                    case 44: {
                            if (wireType !== 2)
                                break;
                            message.dataTrackUnpublished = $root.livekit.proto.DataTrackUnpublished.decode(reader, reader.size(), $undefined, _depth + 1, message.dataTrackUnpublished);
                            message.message = "dataTrackUnpublished";
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
                if (!$Object.hasOwnProperty.call(message, "roomHandle"))
                    throw $util.ProtocolError("missing required 'roomHandle'", { instance: message });
                return message;
            };

            RoomEvent.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (!$util.isInteger(message.roomHandle) && !(message.roomHandle && $util.isInteger(message.roomHandle.low) && $util.isInteger(message.roomHandle.high)))
                    return "roomHandle: integer|Long expected";
                if (message.participantConnected != null && $Object.hasOwnProperty.call(message, "participantConnected")) {
                    properties.message = 1;
                    {
                        let error = $root.livekit.proto.ParticipantConnected.verify(message.participantConnected, _depth + 1);
                        if (error)
                            return "participantConnected." + error;
                    }
                }
                if (message.participantDisconnected != null && $Object.hasOwnProperty.call(message, "participantDisconnected")) {
                    if (properties.message === 1)
                        return "message: multiple values";
                    properties.message = 1;
                    {
                        let error = $root.livekit.proto.ParticipantDisconnected.verify(message.participantDisconnected, _depth + 1);
                        if (error)
                            return "participantDisconnected." + error;
                    }
                }
                if (message.roomSidChanged != null && $Object.hasOwnProperty.call(message, "roomSidChanged")) {
                    if (properties.message === 1)
                        return "message: multiple values";
                    properties.message = 1;
                    {
                        let error = $root.livekit.proto.RoomSidChanged.verify(message.roomSidChanged, _depth + 1);
                        if (error)
                            return "roomSidChanged." + error;
                    }
                }
                if (message.connectionStateChanged != null && $Object.hasOwnProperty.call(message, "connectionStateChanged")) {
                    if (properties.message === 1)
                        return "message: multiple values";
                    properties.message = 1;
                    {
                        let error = $root.livekit.proto.ConnectionStateChanged.verify(message.connectionStateChanged, _depth + 1);
                        if (error)
                            return "connectionStateChanged." + error;
                    }
                }
                if (message.disconnected != null && $Object.hasOwnProperty.call(message, "disconnected")) {
                    if (properties.message === 1)
                        return "message: multiple values";
                    properties.message = 1;
                    {
                        let error = $root.livekit.proto.Disconnected.verify(message.disconnected, _depth + 1);
                        if (error)
                            return "disconnected." + error;
                    }
                }
                if (message.reconnecting != null && $Object.hasOwnProperty.call(message, "reconnecting")) {
                    if (properties.message === 1)
                        return "message: multiple values";
                    properties.message = 1;
                    {
                        let error = $root.livekit.proto.Reconnecting.verify(message.reconnecting, _depth + 1);
                        if (error)
                            return "reconnecting." + error;
                    }
                }
                if (message.reconnected != null && $Object.hasOwnProperty.call(message, "reconnected")) {
                    if (properties.message === 1)
                        return "message: multiple values";
                    properties.message = 1;
                    {
                        let error = $root.livekit.proto.Reconnected.verify(message.reconnected, _depth + 1);
                        if (error)
                            return "reconnected." + error;
                    }
                }
                if (message.eos != null && $Object.hasOwnProperty.call(message, "eos")) {
                    if (properties.message === 1)
                        return "message: multiple values";
                    properties.message = 1;
                    {
                        let error = $root.livekit.proto.RoomEOS.verify(message.eos, _depth + 1);
                        if (error)
                            return "eos." + error;
                    }
                }
                if (message.participantActive != null && $Object.hasOwnProperty.call(message, "participantActive")) {
                    if (properties.message === 1)
                        return "message: multiple values";
                    properties.message = 1;
                    {
                        let error = $root.livekit.proto.ParticipantActive.verify(message.participantActive, _depth + 1);
                        if (error)
                            return "participantActive." + error;
                    }
                }
                if (message.dataTrackPublished != null && $Object.hasOwnProperty.call(message, "dataTrackPublished")) {
                    if (properties.message === 1)
                        return "message: multiple values";
                    properties.message = 1;
                    {
                        let error = $root.livekit.proto.DataTrackPublished.verify(message.dataTrackPublished, _depth + 1);
                        if (error)
                            return "dataTrackPublished." + error;
                    }
                }
                if (message.dataTrackUnpublished != null && $Object.hasOwnProperty.call(message, "dataTrackUnpublished")) {
                    if (properties.message === 1)
                        return "message: multiple values";
                    properties.message = 1;
                    {
                        let error = $root.livekit.proto.DataTrackUnpublished.verify(message.dataTrackUnpublished, _depth + 1);
                        if (error)
                            return "dataTrackUnpublished." + error;
                    }
                }
                return null;
            };

            RoomEvent.fromObject = function (object, _depth) {
                if (object instanceof $root.livekit.proto.RoomEvent)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".livekit.proto.RoomEvent: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.livekit.proto.RoomEvent();
                if (object.roomHandle != null)
                    if ($util.Long)
                        message.roomHandle = $util.Long.fromValue(object.roomHandle, true);
                    else if (typeof object.roomHandle === "string")
                        message.roomHandle = $parseInt(object.roomHandle, 10);
                    else if (typeof object.roomHandle === "number")
                        message.roomHandle = object.roomHandle;
                    else if (typeof object.roomHandle === "object")
                        message.roomHandle = new $util.LongBits(object.roomHandle.low >>> 0, object.roomHandle.high >>> 0).toNumber(true);
                if (object.participantConnected != null) {
                    if (!$util.isObject(object.participantConnected))
                        throw $TypeError(".livekit.proto.RoomEvent.participantConnected: object expected");
                    message.participantConnected = $root.livekit.proto.ParticipantConnected.fromObject(object.participantConnected, _depth + 1);
                }
                if (object.participantDisconnected != null) {
                    if (!$util.isObject(object.participantDisconnected))
                        throw $TypeError(".livekit.proto.RoomEvent.participantDisconnected: object expected");
                    message.participantDisconnected = $root.livekit.proto.ParticipantDisconnected.fromObject(object.participantDisconnected, _depth + 1);
                }
                if (object.roomSidChanged != null) {
                    if (!$util.isObject(object.roomSidChanged))
                        throw $TypeError(".livekit.proto.RoomEvent.roomSidChanged: object expected");
                    message.roomSidChanged = $root.livekit.proto.RoomSidChanged.fromObject(object.roomSidChanged, _depth + 1);
                }
                if (object.connectionStateChanged != null) {
                    if (!$util.isObject(object.connectionStateChanged))
                        throw $TypeError(".livekit.proto.RoomEvent.connectionStateChanged: object expected");
                    message.connectionStateChanged = $root.livekit.proto.ConnectionStateChanged.fromObject(object.connectionStateChanged, _depth + 1);
                }
                if (object.disconnected != null) {
                    if (!$util.isObject(object.disconnected))
                        throw $TypeError(".livekit.proto.RoomEvent.disconnected: object expected");
                    message.disconnected = $root.livekit.proto.Disconnected.fromObject(object.disconnected, _depth + 1);
                }
                if (object.reconnecting != null) {
                    if (!$util.isObject(object.reconnecting))
                        throw $TypeError(".livekit.proto.RoomEvent.reconnecting: object expected");
                    message.reconnecting = $root.livekit.proto.Reconnecting.fromObject(object.reconnecting, _depth + 1);
                }
                if (object.reconnected != null) {
                    if (!$util.isObject(object.reconnected))
                        throw $TypeError(".livekit.proto.RoomEvent.reconnected: object expected");
                    message.reconnected = $root.livekit.proto.Reconnected.fromObject(object.reconnected, _depth + 1);
                }
                if (object.eos != null) {
                    if (!$util.isObject(object.eos))
                        throw $TypeError(".livekit.proto.RoomEvent.eos: object expected");
                    message.eos = $root.livekit.proto.RoomEOS.fromObject(object.eos, _depth + 1);
                }
                if (object.participantActive != null) {
                    if (!$util.isObject(object.participantActive))
                        throw $TypeError(".livekit.proto.RoomEvent.participantActive: object expected");
                    message.participantActive = $root.livekit.proto.ParticipantActive.fromObject(object.participantActive, _depth + 1);
                }
                if (object.dataTrackPublished != null) {
                    if (!$util.isObject(object.dataTrackPublished))
                        throw $TypeError(".livekit.proto.RoomEvent.dataTrackPublished: object expected");
                    message.dataTrackPublished = $root.livekit.proto.DataTrackPublished.fromObject(object.dataTrackPublished, _depth + 1);
                }
                if (object.dataTrackUnpublished != null) {
                    if (!$util.isObject(object.dataTrackUnpublished))
                        throw $TypeError(".livekit.proto.RoomEvent.dataTrackUnpublished: object expected");
                    message.dataTrackUnpublished = $root.livekit.proto.DataTrackUnpublished.fromObject(object.dataTrackUnpublished, _depth + 1);
                }
                return message;
            };

            RoomEvent.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.roomHandle = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.roomHandle = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if (message.roomHandle != null && $Object.hasOwnProperty.call(message, "roomHandle"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.roomHandle = typeof message.roomHandle === "number" ? $BigInt(message.roomHandle) : $util.Long.fromBits(message.roomHandle.low >>> 0, message.roomHandle.high >>> 0, true).toBigInt();
                    else if (typeof message.roomHandle === "number")
                        object.roomHandle = options.longs === $String ? $String(message.roomHandle) : message.roomHandle;
                    else
                        object.roomHandle = options.longs === $String ? $util.Long.prototype.toString.call(message.roomHandle) : options.longs === $Number ? new $util.LongBits(message.roomHandle.low >>> 0, message.roomHandle.high >>> 0).toNumber(true) : message.roomHandle;
                if (message.participantConnected != null && $Object.hasOwnProperty.call(message, "participantConnected")) {
                    object.participantConnected = $root.livekit.proto.ParticipantConnected.toObject(message.participantConnected, options, _depth + 1);
                    if (options.oneofs)
                        object.message = "participantConnected";
                }
                if (message.participantDisconnected != null && $Object.hasOwnProperty.call(message, "participantDisconnected")) {
                    object.participantDisconnected = $root.livekit.proto.ParticipantDisconnected.toObject(message.participantDisconnected, options, _depth + 1);
                    if (options.oneofs)
                        object.message = "participantDisconnected";
                }
                if (message.roomSidChanged != null && $Object.hasOwnProperty.call(message, "roomSidChanged")) {
                    object.roomSidChanged = $root.livekit.proto.RoomSidChanged.toObject(message.roomSidChanged, options, _depth + 1);
                    if (options.oneofs)
                        object.message = "roomSidChanged";
                }
                if (message.connectionStateChanged != null && $Object.hasOwnProperty.call(message, "connectionStateChanged")) {
                    object.connectionStateChanged = $root.livekit.proto.ConnectionStateChanged.toObject(message.connectionStateChanged, options, _depth + 1);
                    if (options.oneofs)
                        object.message = "connectionStateChanged";
                }
                if (message.disconnected != null && $Object.hasOwnProperty.call(message, "disconnected")) {
                    object.disconnected = $root.livekit.proto.Disconnected.toObject(message.disconnected, options, _depth + 1);
                    if (options.oneofs)
                        object.message = "disconnected";
                }
                if (message.reconnecting != null && $Object.hasOwnProperty.call(message, "reconnecting")) {
                    object.reconnecting = $root.livekit.proto.Reconnecting.toObject(message.reconnecting, options, _depth + 1);
                    if (options.oneofs)
                        object.message = "reconnecting";
                }
                if (message.reconnected != null && $Object.hasOwnProperty.call(message, "reconnected")) {
                    object.reconnected = $root.livekit.proto.Reconnected.toObject(message.reconnected, options, _depth + 1);
                    if (options.oneofs)
                        object.message = "reconnected";
                }
                if (message.eos != null && $Object.hasOwnProperty.call(message, "eos")) {
                    object.eos = $root.livekit.proto.RoomEOS.toObject(message.eos, options, _depth + 1);
                    if (options.oneofs)
                        object.message = "eos";
                }
                if (message.participantActive != null && $Object.hasOwnProperty.call(message, "participantActive")) {
                    object.participantActive = $root.livekit.proto.ParticipantActive.toObject(message.participantActive, options, _depth + 1);
                    if (options.oneofs)
                        object.message = "participantActive";
                }
                if (message.dataTrackPublished != null && $Object.hasOwnProperty.call(message, "dataTrackPublished")) {
                    object.dataTrackPublished = $root.livekit.proto.DataTrackPublished.toObject(message.dataTrackPublished, options, _depth + 1);
                    if (options.oneofs)
                        object.message = "dataTrackPublished";
                }
                if (message.dataTrackUnpublished != null && $Object.hasOwnProperty.call(message, "dataTrackUnpublished")) {
                    object.dataTrackUnpublished = $root.livekit.proto.DataTrackUnpublished.toObject(message.dataTrackUnpublished, options, _depth + 1);
                    if (options.oneofs)
                        object.message = "dataTrackUnpublished";
                }
                return object;
            };

            RoomEvent.prototype.toJSON = function() {
                return RoomEvent.toObject(this, $protobuf.util.toJSONOptions);
            };

            return RoomEvent;
        })();

        proto.RoomInfo = (function() {

            const RoomInfo = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            RoomInfo.prototype.sid = "";
            RoomInfo.prototype.name = "";
            RoomInfo.prototype.metadata = "";
            RoomInfo.prototype.lossyDcBufferedAmountLowThreshold = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            RoomInfo.prototype.reliableDcBufferedAmountLowThreshold = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            RoomInfo.prototype.emptyTimeout = 0;
            RoomInfo.prototype.departureTimeout = 0;
            RoomInfo.prototype.maxParticipants = 0;
            RoomInfo.prototype.creationTime = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            RoomInfo.prototype.numParticipants = 0;
            RoomInfo.prototype.numPublishers = 0;
            RoomInfo.prototype.activeRecording = false;

            RoomInfo.create = function(properties) {
                return new RoomInfo(properties);
            };

            RoomInfo.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.sid != null && $Object.hasOwnProperty.call(message, "sid"))
                    writer.uint32(10).string(message.sid);
                writer.uint32(18).string(message.name);
                writer.uint32(26).string(message.metadata);
                writer.uint32(32).uint64(message.lossyDcBufferedAmountLowThreshold);
                writer.uint32(40).uint64(message.reliableDcBufferedAmountLowThreshold);
                writer.uint32(48).uint32(message.emptyTimeout);
                writer.uint32(56).uint32(message.departureTimeout);
                writer.uint32(64).uint32(message.maxParticipants);
                writer.uint32(72).int64(message.creationTime);
                writer.uint32(80).uint32(message.numParticipants);
                writer.uint32(88).uint32(message.numPublishers);
                writer.uint32(96).bool(message.activeRecording);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            RoomInfo.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.livekit.proto.RoomInfo();
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
                            message.sid = reader.string();
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.name = reader.string();
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.metadata = reader.string();
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            message.lossyDcBufferedAmountLowThreshold = reader.uint64();
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            message.reliableDcBufferedAmountLowThreshold = reader.uint64();
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            message.emptyTimeout = reader.uint32();
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            message.departureTimeout = reader.uint32();
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            message.maxParticipants = reader.uint32();
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            message.creationTime = reader.int64();
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            message.numParticipants = reader.uint32();
                            continue;
                        }
                    case 11: {
                            if (wireType !== 0)
                                break;
                            message.numPublishers = reader.uint32();
                            continue;
                        }
                    case 12: {
                            if (wireType !== 0)
                                break;
                            message.activeRecording = reader.bool();
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
                if (!$Object.hasOwnProperty.call(message, "name"))
                    throw $util.ProtocolError("missing required 'name'", { instance: message });
                if (!$Object.hasOwnProperty.call(message, "metadata"))
                    throw $util.ProtocolError("missing required 'metadata'", { instance: message });
                if (!$Object.hasOwnProperty.call(message, "lossyDcBufferedAmountLowThreshold"))
                    throw $util.ProtocolError("missing required 'lossyDcBufferedAmountLowThreshold'", { instance: message });
                if (!$Object.hasOwnProperty.call(message, "reliableDcBufferedAmountLowThreshold"))
                    throw $util.ProtocolError("missing required 'reliableDcBufferedAmountLowThreshold'", { instance: message });
                if (!$Object.hasOwnProperty.call(message, "emptyTimeout"))
                    throw $util.ProtocolError("missing required 'emptyTimeout'", { instance: message });
                if (!$Object.hasOwnProperty.call(message, "departureTimeout"))
                    throw $util.ProtocolError("missing required 'departureTimeout'", { instance: message });
                if (!$Object.hasOwnProperty.call(message, "maxParticipants"))
                    throw $util.ProtocolError("missing required 'maxParticipants'", { instance: message });
                if (!$Object.hasOwnProperty.call(message, "creationTime"))
                    throw $util.ProtocolError("missing required 'creationTime'", { instance: message });
                if (!$Object.hasOwnProperty.call(message, "numParticipants"))
                    throw $util.ProtocolError("missing required 'numParticipants'", { instance: message });
                if (!$Object.hasOwnProperty.call(message, "numPublishers"))
                    throw $util.ProtocolError("missing required 'numPublishers'", { instance: message });
                if (!$Object.hasOwnProperty.call(message, "activeRecording"))
                    throw $util.ProtocolError("missing required 'activeRecording'", { instance: message });
                return message;
            };

            RoomInfo.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.sid != null && $Object.hasOwnProperty.call(message, "sid"))
                    if (!$util.isString(message.sid))
                        return "sid: string expected";
                if (!$util.isString(message.name))
                    return "name: string expected";
                if (!$util.isString(message.metadata))
                    return "metadata: string expected";
                if (!$util.isInteger(message.lossyDcBufferedAmountLowThreshold) && !(message.lossyDcBufferedAmountLowThreshold && $util.isInteger(message.lossyDcBufferedAmountLowThreshold.low) && $util.isInteger(message.lossyDcBufferedAmountLowThreshold.high)))
                    return "lossyDcBufferedAmountLowThreshold: integer|Long expected";
                if (!$util.isInteger(message.reliableDcBufferedAmountLowThreshold) && !(message.reliableDcBufferedAmountLowThreshold && $util.isInteger(message.reliableDcBufferedAmountLowThreshold.low) && $util.isInteger(message.reliableDcBufferedAmountLowThreshold.high)))
                    return "reliableDcBufferedAmountLowThreshold: integer|Long expected";
                if (!$util.isInteger(message.emptyTimeout))
                    return "emptyTimeout: integer expected";
                if (!$util.isInteger(message.departureTimeout))
                    return "departureTimeout: integer expected";
                if (!$util.isInteger(message.maxParticipants))
                    return "maxParticipants: integer expected";
                if (!$util.isInteger(message.creationTime) && !(message.creationTime && $util.isInteger(message.creationTime.low) && $util.isInteger(message.creationTime.high)))
                    return "creationTime: integer|Long expected";
                if (!$util.isInteger(message.numParticipants))
                    return "numParticipants: integer expected";
                if (!$util.isInteger(message.numPublishers))
                    return "numPublishers: integer expected";
                if (typeof message.activeRecording !== "boolean")
                    return "activeRecording: boolean expected";
                return null;
            };

            RoomInfo.fromObject = function (object, _depth) {
                if (object instanceof $root.livekit.proto.RoomInfo)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".livekit.proto.RoomInfo: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.livekit.proto.RoomInfo();
                if (object.sid != null)
                    message.sid = $String(object.sid);
                if (object.name != null)
                    message.name = $String(object.name);
                if (object.metadata != null)
                    message.metadata = $String(object.metadata);
                if (object.lossyDcBufferedAmountLowThreshold != null)
                    if ($util.Long)
                        message.lossyDcBufferedAmountLowThreshold = $util.Long.fromValue(object.lossyDcBufferedAmountLowThreshold, true);
                    else if (typeof object.lossyDcBufferedAmountLowThreshold === "string")
                        message.lossyDcBufferedAmountLowThreshold = $parseInt(object.lossyDcBufferedAmountLowThreshold, 10);
                    else if (typeof object.lossyDcBufferedAmountLowThreshold === "number")
                        message.lossyDcBufferedAmountLowThreshold = object.lossyDcBufferedAmountLowThreshold;
                    else if (typeof object.lossyDcBufferedAmountLowThreshold === "object")
                        message.lossyDcBufferedAmountLowThreshold = new $util.LongBits(object.lossyDcBufferedAmountLowThreshold.low >>> 0, object.lossyDcBufferedAmountLowThreshold.high >>> 0).toNumber(true);
                if (object.reliableDcBufferedAmountLowThreshold != null)
                    if ($util.Long)
                        message.reliableDcBufferedAmountLowThreshold = $util.Long.fromValue(object.reliableDcBufferedAmountLowThreshold, true);
                    else if (typeof object.reliableDcBufferedAmountLowThreshold === "string")
                        message.reliableDcBufferedAmountLowThreshold = $parseInt(object.reliableDcBufferedAmountLowThreshold, 10);
                    else if (typeof object.reliableDcBufferedAmountLowThreshold === "number")
                        message.reliableDcBufferedAmountLowThreshold = object.reliableDcBufferedAmountLowThreshold;
                    else if (typeof object.reliableDcBufferedAmountLowThreshold === "object")
                        message.reliableDcBufferedAmountLowThreshold = new $util.LongBits(object.reliableDcBufferedAmountLowThreshold.low >>> 0, object.reliableDcBufferedAmountLowThreshold.high >>> 0).toNumber(true);
                if (object.emptyTimeout != null)
                    message.emptyTimeout = object.emptyTimeout >>> 0;
                if (object.departureTimeout != null)
                    message.departureTimeout = object.departureTimeout >>> 0;
                if (object.maxParticipants != null)
                    message.maxParticipants = object.maxParticipants >>> 0;
                if (object.creationTime != null)
                    if ($util.Long)
                        message.creationTime = $util.Long.fromValue(object.creationTime, false);
                    else if (typeof object.creationTime === "string")
                        message.creationTime = $parseInt(object.creationTime, 10);
                    else if (typeof object.creationTime === "number")
                        message.creationTime = object.creationTime;
                    else if (typeof object.creationTime === "object")
                        message.creationTime = new $util.LongBits(object.creationTime.low >>> 0, object.creationTime.high >>> 0).toNumber();
                if (object.numParticipants != null)
                    message.numParticipants = object.numParticipants >>> 0;
                if (object.numPublishers != null)
                    message.numPublishers = object.numPublishers >>> 0;
                if (object.activeRecording != null)
                    message.activeRecording = $Boolean(object.activeRecording);
                return message;
            };

            RoomInfo.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.sid = "";
                    object.name = "";
                    object.metadata = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.lossyDcBufferedAmountLowThreshold = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.lossyDcBufferedAmountLowThreshold = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.reliableDcBufferedAmountLowThreshold = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.reliableDcBufferedAmountLowThreshold = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.emptyTimeout = 0;
                    object.departureTimeout = 0;
                    object.maxParticipants = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.creationTime = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.creationTime = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.numParticipants = 0;
                    object.numPublishers = 0;
                    object.activeRecording = false;
                }
                if (message.sid != null && $Object.hasOwnProperty.call(message, "sid"))
                    object.sid = message.sid;
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.metadata != null && $Object.hasOwnProperty.call(message, "metadata"))
                    object.metadata = message.metadata;
                if (message.lossyDcBufferedAmountLowThreshold != null && $Object.hasOwnProperty.call(message, "lossyDcBufferedAmountLowThreshold"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.lossyDcBufferedAmountLowThreshold = typeof message.lossyDcBufferedAmountLowThreshold === "number" ? $BigInt(message.lossyDcBufferedAmountLowThreshold) : $util.Long.fromBits(message.lossyDcBufferedAmountLowThreshold.low >>> 0, message.lossyDcBufferedAmountLowThreshold.high >>> 0, true).toBigInt();
                    else if (typeof message.lossyDcBufferedAmountLowThreshold === "number")
                        object.lossyDcBufferedAmountLowThreshold = options.longs === $String ? $String(message.lossyDcBufferedAmountLowThreshold) : message.lossyDcBufferedAmountLowThreshold;
                    else
                        object.lossyDcBufferedAmountLowThreshold = options.longs === $String ? $util.Long.prototype.toString.call(message.lossyDcBufferedAmountLowThreshold) : options.longs === $Number ? new $util.LongBits(message.lossyDcBufferedAmountLowThreshold.low >>> 0, message.lossyDcBufferedAmountLowThreshold.high >>> 0).toNumber(true) : message.lossyDcBufferedAmountLowThreshold;
                if (message.reliableDcBufferedAmountLowThreshold != null && $Object.hasOwnProperty.call(message, "reliableDcBufferedAmountLowThreshold"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.reliableDcBufferedAmountLowThreshold = typeof message.reliableDcBufferedAmountLowThreshold === "number" ? $BigInt(message.reliableDcBufferedAmountLowThreshold) : $util.Long.fromBits(message.reliableDcBufferedAmountLowThreshold.low >>> 0, message.reliableDcBufferedAmountLowThreshold.high >>> 0, true).toBigInt();
                    else if (typeof message.reliableDcBufferedAmountLowThreshold === "number")
                        object.reliableDcBufferedAmountLowThreshold = options.longs === $String ? $String(message.reliableDcBufferedAmountLowThreshold) : message.reliableDcBufferedAmountLowThreshold;
                    else
                        object.reliableDcBufferedAmountLowThreshold = options.longs === $String ? $util.Long.prototype.toString.call(message.reliableDcBufferedAmountLowThreshold) : options.longs === $Number ? new $util.LongBits(message.reliableDcBufferedAmountLowThreshold.low >>> 0, message.reliableDcBufferedAmountLowThreshold.high >>> 0).toNumber(true) : message.reliableDcBufferedAmountLowThreshold;
                if (message.emptyTimeout != null && $Object.hasOwnProperty.call(message, "emptyTimeout"))
                    object.emptyTimeout = message.emptyTimeout;
                if (message.departureTimeout != null && $Object.hasOwnProperty.call(message, "departureTimeout"))
                    object.departureTimeout = message.departureTimeout;
                if (message.maxParticipants != null && $Object.hasOwnProperty.call(message, "maxParticipants"))
                    object.maxParticipants = message.maxParticipants;
                if (message.creationTime != null && $Object.hasOwnProperty.call(message, "creationTime"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.creationTime = typeof message.creationTime === "number" ? $BigInt(message.creationTime) : $util.Long.fromBits(message.creationTime.low >>> 0, message.creationTime.high >>> 0, false).toBigInt();
                    else if (typeof message.creationTime === "number")
                        object.creationTime = options.longs === $String ? $String(message.creationTime) : message.creationTime;
                    else
                        object.creationTime = options.longs === $String ? $util.Long.prototype.toString.call(message.creationTime) : options.longs === $Number ? new $util.LongBits(message.creationTime.low >>> 0, message.creationTime.high >>> 0).toNumber() : message.creationTime;
                if (message.numParticipants != null && $Object.hasOwnProperty.call(message, "numParticipants"))
                    object.numParticipants = message.numParticipants;
                if (message.numPublishers != null && $Object.hasOwnProperty.call(message, "numPublishers"))
                    object.numPublishers = message.numPublishers;
                if (message.activeRecording != null && $Object.hasOwnProperty.call(message, "activeRecording"))
                    object.activeRecording = message.activeRecording;
                return object;
            };

            RoomInfo.prototype.toJSON = function() {
                return RoomInfo.toObject(this, $protobuf.util.toJSONOptions);
            };

            return RoomInfo;
        })();

        proto.OwnedRoom = (function() {

            const OwnedRoom = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            OwnedRoom.prototype.handle = null;
            OwnedRoom.prototype.info = null;

            OwnedRoom.create = function(properties) {
                return new OwnedRoom(properties);
            };

            OwnedRoom.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                $root.livekit.proto.FfiOwnedHandle.encode(message.handle, writer.uint32(10).fork(), _depth + 1).ldelim();
                $root.livekit.proto.RoomInfo.encode(message.info, writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            OwnedRoom.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.livekit.proto.OwnedRoom();
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
                            message.handle = $root.livekit.proto.FfiOwnedHandle.decode(reader, reader.size(), $undefined, _depth + 1, message.handle);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.info = $root.livekit.proto.RoomInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.info);
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
                if (!$Object.hasOwnProperty.call(message, "handle"))
                    throw $util.ProtocolError("missing required 'handle'", { instance: message });
                if (!$Object.hasOwnProperty.call(message, "info"))
                    throw $util.ProtocolError("missing required 'info'", { instance: message });
                return message;
            };

            OwnedRoom.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                {
                    let error = $root.livekit.proto.FfiOwnedHandle.verify(message.handle, _depth + 1);
                    if (error)
                        return "handle." + error;
                }
                {
                    let error = $root.livekit.proto.RoomInfo.verify(message.info, _depth + 1);
                    if (error)
                        return "info." + error;
                }
                return null;
            };

            OwnedRoom.fromObject = function (object, _depth) {
                if (object instanceof $root.livekit.proto.OwnedRoom)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".livekit.proto.OwnedRoom: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.livekit.proto.OwnedRoom();
                if (object.handle != null) {
                    if (!$util.isObject(object.handle))
                        throw $TypeError(".livekit.proto.OwnedRoom.handle: object expected");
                    message.handle = $root.livekit.proto.FfiOwnedHandle.fromObject(object.handle, _depth + 1);
                }
                if (object.info != null) {
                    if (!$util.isObject(object.info))
                        throw $TypeError(".livekit.proto.OwnedRoom.info: object expected");
                    message.info = $root.livekit.proto.RoomInfo.fromObject(object.info, _depth + 1);
                }
                return message;
            };

            OwnedRoom.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.handle = null;
                    object.info = null;
                }
                if (message.handle != null && $Object.hasOwnProperty.call(message, "handle"))
                    object.handle = $root.livekit.proto.FfiOwnedHandle.toObject(message.handle, options, _depth + 1);
                if (message.info != null && $Object.hasOwnProperty.call(message, "info"))
                    object.info = $root.livekit.proto.RoomInfo.toObject(message.info, options, _depth + 1);
                return object;
            };

            OwnedRoom.prototype.toJSON = function() {
                return OwnedRoom.toObject(this, $protobuf.util.toJSONOptions);
            };

            return OwnedRoom;
        })();

        proto.ParticipantConnected = (function() {

            const ParticipantConnected = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ParticipantConnected.prototype.info = null;

            ParticipantConnected.create = function(properties) {
                return new ParticipantConnected(properties);
            };

            ParticipantConnected.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                $root.livekit.proto.OwnedParticipant.encode(message.info, writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ParticipantConnected.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.livekit.proto.ParticipantConnected();
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
                            message.info = $root.livekit.proto.OwnedParticipant.decode(reader, reader.size(), $undefined, _depth + 1, message.info);
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
                if (!$Object.hasOwnProperty.call(message, "info"))
                    throw $util.ProtocolError("missing required 'info'", { instance: message });
                return message;
            };

            ParticipantConnected.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                {
                    let error = $root.livekit.proto.OwnedParticipant.verify(message.info, _depth + 1);
                    if (error)
                        return "info." + error;
                }
                return null;
            };

            ParticipantConnected.fromObject = function (object, _depth) {
                if (object instanceof $root.livekit.proto.ParticipantConnected)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".livekit.proto.ParticipantConnected: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.livekit.proto.ParticipantConnected();
                if (object.info != null) {
                    if (!$util.isObject(object.info))
                        throw $TypeError(".livekit.proto.ParticipantConnected.info: object expected");
                    message.info = $root.livekit.proto.OwnedParticipant.fromObject(object.info, _depth + 1);
                }
                return message;
            };

            ParticipantConnected.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.info = null;
                if (message.info != null && $Object.hasOwnProperty.call(message, "info"))
                    object.info = $root.livekit.proto.OwnedParticipant.toObject(message.info, options, _depth + 1);
                return object;
            };

            ParticipantConnected.prototype.toJSON = function() {
                return ParticipantConnected.toObject(this, $protobuf.util.toJSONOptions);
            };

            return ParticipantConnected;
        })();

        proto.ParticipantActive = (function() {

            const ParticipantActive = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ParticipantActive.prototype.participantIdentity = "";

            ParticipantActive.create = function(properties) {
                return new ParticipantActive(properties);
            };

            ParticipantActive.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                writer.uint32(10).string(message.participantIdentity);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ParticipantActive.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.livekit.proto.ParticipantActive();
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
                            message.participantIdentity = reader.string();
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
                if (!$Object.hasOwnProperty.call(message, "participantIdentity"))
                    throw $util.ProtocolError("missing required 'participantIdentity'", { instance: message });
                return message;
            };

            ParticipantActive.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (!$util.isString(message.participantIdentity))
                    return "participantIdentity: string expected";
                return null;
            };

            ParticipantActive.fromObject = function (object, _depth) {
                if (object instanceof $root.livekit.proto.ParticipantActive)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".livekit.proto.ParticipantActive: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.livekit.proto.ParticipantActive();
                if (object.participantIdentity != null)
                    message.participantIdentity = $String(object.participantIdentity);
                return message;
            };

            ParticipantActive.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.participantIdentity = "";
                if (message.participantIdentity != null && $Object.hasOwnProperty.call(message, "participantIdentity"))
                    object.participantIdentity = message.participantIdentity;
                return object;
            };

            ParticipantActive.prototype.toJSON = function() {
                return ParticipantActive.toObject(this, $protobuf.util.toJSONOptions);
            };

            return ParticipantActive;
        })();

        proto.ParticipantDisconnected = (function() {

            const ParticipantDisconnected = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ParticipantDisconnected.prototype.participantIdentity = "";
            ParticipantDisconnected.prototype.disconnectReason = 0;

            ParticipantDisconnected.create = function(properties) {
                return new ParticipantDisconnected(properties);
            };

            ParticipantDisconnected.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                writer.uint32(10).string(message.participantIdentity);
                writer.uint32(16).int32(message.disconnectReason);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ParticipantDisconnected.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.livekit.proto.ParticipantDisconnected();
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
                            message.participantIdentity = reader.string();
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            value = reader.int32();
                            if ($root.livekit.proto.DisconnectReason[value] !== $undefined)
                                message.disconnectReason = value;
                            else if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
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
                if (!$Object.hasOwnProperty.call(message, "participantIdentity"))
                    throw $util.ProtocolError("missing required 'participantIdentity'", { instance: message });
                if (!$Object.hasOwnProperty.call(message, "disconnectReason"))
                    throw $util.ProtocolError("missing required 'disconnectReason'", { instance: message });
                return message;
            };

            ParticipantDisconnected.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (!$util.isString(message.participantIdentity))
                    return "participantIdentity: string expected";
                switch (message.disconnectReason) {
                default:
                    return "disconnectReason: enum value expected";
                case 0:
                case 1:
                case 2:
                case 3:
                case 4:
                case 5:
                case 6:
                case 7:
                case 8:
                case 9:
                case 10:
                case 11:
                case 12:
                case 13:
                case 14:
                case 15:
                case 16:
                    break;
                }
                return null;
            };

            ParticipantDisconnected.fromObject = function (object, _depth) {
                if (object instanceof $root.livekit.proto.ParticipantDisconnected)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".livekit.proto.ParticipantDisconnected: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.livekit.proto.ParticipantDisconnected();
                if (object.participantIdentity != null)
                    message.participantIdentity = $String(object.participantIdentity);
                switch (object.disconnectReason) {
                case "UNKNOWN_REASON":
                case 0:
                    message.disconnectReason = 0;
                    break;
                case "CLIENT_INITIATED":
                case 1:
                    message.disconnectReason = 1;
                    break;
                case "DUPLICATE_IDENTITY":
                case 2:
                    message.disconnectReason = 2;
                    break;
                case "SERVER_SHUTDOWN":
                case 3:
                    message.disconnectReason = 3;
                    break;
                case "PARTICIPANT_REMOVED":
                case 4:
                    message.disconnectReason = 4;
                    break;
                case "ROOM_DELETED":
                case 5:
                    message.disconnectReason = 5;
                    break;
                case "STATE_MISMATCH":
                case 6:
                    message.disconnectReason = 6;
                    break;
                case "JOIN_FAILURE":
                case 7:
                    message.disconnectReason = 7;
                    break;
                case "MIGRATION":
                case 8:
                    message.disconnectReason = 8;
                    break;
                case "SIGNAL_CLOSE":
                case 9:
                    message.disconnectReason = 9;
                    break;
                case "ROOM_CLOSED":
                case 10:
                    message.disconnectReason = 10;
                    break;
                case "USER_UNAVAILABLE":
                case 11:
                    message.disconnectReason = 11;
                    break;
                case "USER_REJECTED":
                case 12:
                    message.disconnectReason = 12;
                    break;
                case "SIP_TRUNK_FAILURE":
                case 13:
                    message.disconnectReason = 13;
                    break;
                case "CONNECTION_TIMEOUT":
                case 14:
                    message.disconnectReason = 14;
                    break;
                case "MEDIA_FAILURE":
                case 15:
                    message.disconnectReason = 15;
                    break;
                case "AGENT_ERROR":
                case 16:
                    message.disconnectReason = 16;
                    break;
                default:
                }
                return message;
            };

            ParticipantDisconnected.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.participantIdentity = "";
                    object.disconnectReason = options.enums === $String ? "UNKNOWN_REASON" : 0;
                }
                if (message.participantIdentity != null && $Object.hasOwnProperty.call(message, "participantIdentity"))
                    object.participantIdentity = message.participantIdentity;
                if (message.disconnectReason != null && $Object.hasOwnProperty.call(message, "disconnectReason"))
                    object.disconnectReason = options.enums === $String ? $root.livekit.proto.DisconnectReason[message.disconnectReason] === $undefined ? message.disconnectReason : $root.livekit.proto.DisconnectReason[message.disconnectReason] : message.disconnectReason;
                return object;
            };

            ParticipantDisconnected.prototype.toJSON = function() {
                return ParticipantDisconnected.toObject(this, $protobuf.util.toJSONOptions);
            };

            return ParticipantDisconnected;
        })();

        proto.RoomSidChanged = (function() {

            const RoomSidChanged = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            RoomSidChanged.prototype.sid = "";

            RoomSidChanged.create = function(properties) {
                return new RoomSidChanged(properties);
            };

            RoomSidChanged.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                writer.uint32(10).string(message.sid);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            RoomSidChanged.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.livekit.proto.RoomSidChanged();
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
                            message.sid = reader.string();
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
                if (!$Object.hasOwnProperty.call(message, "sid"))
                    throw $util.ProtocolError("missing required 'sid'", { instance: message });
                return message;
            };

            RoomSidChanged.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (!$util.isString(message.sid))
                    return "sid: string expected";
                return null;
            };

            RoomSidChanged.fromObject = function (object, _depth) {
                if (object instanceof $root.livekit.proto.RoomSidChanged)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".livekit.proto.RoomSidChanged: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.livekit.proto.RoomSidChanged();
                if (object.sid != null)
                    message.sid = $String(object.sid);
                return message;
            };

            RoomSidChanged.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.sid = "";
                if (message.sid != null && $Object.hasOwnProperty.call(message, "sid"))
                    object.sid = message.sid;
                return object;
            };

            RoomSidChanged.prototype.toJSON = function() {
                return RoomSidChanged.toObject(this, $protobuf.util.toJSONOptions);
            };

            return RoomSidChanged;
        })();

        proto.ConnectionStateChanged = (function() {

            const ConnectionStateChanged = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ConnectionStateChanged.prototype.state = 0;

            ConnectionStateChanged.create = function(properties) {
                return new ConnectionStateChanged(properties);
            };

            ConnectionStateChanged.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                writer.uint32(8).int32(message.state);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ConnectionStateChanged.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.livekit.proto.ConnectionStateChanged();
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
                            value = reader.int32();
                            if ($root.livekit.proto.ConnectionState[value] !== $undefined)
                                message.state = value;
                            else if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
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
                if (!$Object.hasOwnProperty.call(message, "state"))
                    throw $util.ProtocolError("missing required 'state'", { instance: message });
                return message;
            };

            ConnectionStateChanged.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                switch (message.state) {
                default:
                    return "state: enum value expected";
                case 0:
                case 1:
                case 2:
                    break;
                }
                return null;
            };

            ConnectionStateChanged.fromObject = function (object, _depth) {
                if (object instanceof $root.livekit.proto.ConnectionStateChanged)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".livekit.proto.ConnectionStateChanged: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.livekit.proto.ConnectionStateChanged();
                switch (object.state) {
                case "CONN_DISCONNECTED":
                case 0:
                    message.state = 0;
                    break;
                case "CONN_CONNECTED":
                case 1:
                    message.state = 1;
                    break;
                case "CONN_RECONNECTING":
                case 2:
                    message.state = 2;
                    break;
                default:
                }
                return message;
            };

            ConnectionStateChanged.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.state = options.enums === $String ? "CONN_DISCONNECTED" : 0;
                if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                    object.state = options.enums === $String ? $root.livekit.proto.ConnectionState[message.state] === $undefined ? message.state : $root.livekit.proto.ConnectionState[message.state] : message.state;
                return object;
            };

            ConnectionStateChanged.prototype.toJSON = function() {
                return ConnectionStateChanged.toObject(this, $protobuf.util.toJSONOptions);
            };

            return ConnectionStateChanged;
        })();

        proto.Disconnected = (function() {

            const Disconnected = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Disconnected.prototype.reason = 0;

            Disconnected.create = function(properties) {
                return new Disconnected(properties);
            };

            Disconnected.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                writer.uint32(8).int32(message.reason);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Disconnected.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.livekit.proto.Disconnected();
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
                            value = reader.int32();
                            if ($root.livekit.proto.DisconnectReason[value] !== $undefined)
                                message.reason = value;
                            else if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
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
                if (!$Object.hasOwnProperty.call(message, "reason"))
                    throw $util.ProtocolError("missing required 'reason'", { instance: message });
                return message;
            };

            Disconnected.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                switch (message.reason) {
                default:
                    return "reason: enum value expected";
                case 0:
                case 1:
                case 2:
                case 3:
                case 4:
                case 5:
                case 6:
                case 7:
                case 8:
                case 9:
                case 10:
                case 11:
                case 12:
                case 13:
                case 14:
                case 15:
                case 16:
                    break;
                }
                return null;
            };

            Disconnected.fromObject = function (object, _depth) {
                if (object instanceof $root.livekit.proto.Disconnected)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".livekit.proto.Disconnected: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.livekit.proto.Disconnected();
                switch (object.reason) {
                case "UNKNOWN_REASON":
                case 0:
                    message.reason = 0;
                    break;
                case "CLIENT_INITIATED":
                case 1:
                    message.reason = 1;
                    break;
                case "DUPLICATE_IDENTITY":
                case 2:
                    message.reason = 2;
                    break;
                case "SERVER_SHUTDOWN":
                case 3:
                    message.reason = 3;
                    break;
                case "PARTICIPANT_REMOVED":
                case 4:
                    message.reason = 4;
                    break;
                case "ROOM_DELETED":
                case 5:
                    message.reason = 5;
                    break;
                case "STATE_MISMATCH":
                case 6:
                    message.reason = 6;
                    break;
                case "JOIN_FAILURE":
                case 7:
                    message.reason = 7;
                    break;
                case "MIGRATION":
                case 8:
                    message.reason = 8;
                    break;
                case "SIGNAL_CLOSE":
                case 9:
                    message.reason = 9;
                    break;
                case "ROOM_CLOSED":
                case 10:
                    message.reason = 10;
                    break;
                case "USER_UNAVAILABLE":
                case 11:
                    message.reason = 11;
                    break;
                case "USER_REJECTED":
                case 12:
                    message.reason = 12;
                    break;
                case "SIP_TRUNK_FAILURE":
                case 13:
                    message.reason = 13;
                    break;
                case "CONNECTION_TIMEOUT":
                case 14:
                    message.reason = 14;
                    break;
                case "MEDIA_FAILURE":
                case 15:
                    message.reason = 15;
                    break;
                case "AGENT_ERROR":
                case 16:
                    message.reason = 16;
                    break;
                default:
                }
                return message;
            };

            Disconnected.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.reason = options.enums === $String ? "UNKNOWN_REASON" : 0;
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    object.reason = options.enums === $String ? $root.livekit.proto.DisconnectReason[message.reason] === $undefined ? message.reason : $root.livekit.proto.DisconnectReason[message.reason] : message.reason;
                return object;
            };

            Disconnected.prototype.toJSON = function() {
                return Disconnected.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Disconnected;
        })();

        proto.Reconnecting = (function() {

            const Reconnecting = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Reconnecting.create = function(properties) {
                return new Reconnecting(properties);
            };

            Reconnecting.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Reconnecting.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.livekit.proto.Reconnecting();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
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

            Reconnecting.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                return null;
            };

            Reconnecting.fromObject = function (object, _depth) {
                if (object instanceof $root.livekit.proto.Reconnecting)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".livekit.proto.Reconnecting: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.livekit.proto.Reconnecting();
            };

            Reconnecting.toObject = function () {
                return {};
            };

            Reconnecting.prototype.toJSON = function() {
                return Reconnecting.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Reconnecting;
        })();

        proto.Reconnected = (function() {

            const Reconnected = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Reconnected.create = function(properties) {
                return new Reconnected(properties);
            };

            Reconnected.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Reconnected.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.livekit.proto.Reconnected();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
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

            Reconnected.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                return null;
            };

            Reconnected.fromObject = function (object, _depth) {
                if (object instanceof $root.livekit.proto.Reconnected)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".livekit.proto.Reconnected: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.livekit.proto.Reconnected();
            };

            Reconnected.toObject = function () {
                return {};
            };

            Reconnected.prototype.toJSON = function() {
                return Reconnected.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Reconnected;
        })();

        proto.RoomEOS = (function() {

            const RoomEOS = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            RoomEOS.create = function(properties) {
                return new RoomEOS(properties);
            };

            RoomEOS.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            RoomEOS.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.livekit.proto.RoomEOS();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
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

            RoomEOS.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                return null;
            };

            RoomEOS.fromObject = function (object, _depth) {
                if (object instanceof $root.livekit.proto.RoomEOS)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".livekit.proto.RoomEOS: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.livekit.proto.RoomEOS();
            };

            RoomEOS.toObject = function () {
                return {};
            };

            RoomEOS.prototype.toJSON = function() {
                return RoomEOS.toObject(this, $protobuf.util.toJSONOptions);
            };

            return RoomEOS;
        })();

        proto.DataTrackPublished = (function() {

            const DataTrackPublished = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            DataTrackPublished.prototype.track = null;

            DataTrackPublished.create = function(properties) {
                return new DataTrackPublished(properties);
            };

            DataTrackPublished.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                $root.livekit.proto.OwnedRemoteDataTrack.encode(message.track, writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            DataTrackPublished.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.livekit.proto.DataTrackPublished();
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
                            message.track = $root.livekit.proto.OwnedRemoteDataTrack.decode(reader, reader.size(), $undefined, _depth + 1, message.track);
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
                if (!$Object.hasOwnProperty.call(message, "track"))
                    throw $util.ProtocolError("missing required 'track'", { instance: message });
                return message;
            };

            DataTrackPublished.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                {
                    let error = $root.livekit.proto.OwnedRemoteDataTrack.verify(message.track, _depth + 1);
                    if (error)
                        return "track." + error;
                }
                return null;
            };

            DataTrackPublished.fromObject = function (object, _depth) {
                if (object instanceof $root.livekit.proto.DataTrackPublished)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".livekit.proto.DataTrackPublished: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.livekit.proto.DataTrackPublished();
                if (object.track != null) {
                    if (!$util.isObject(object.track))
                        throw $TypeError(".livekit.proto.DataTrackPublished.track: object expected");
                    message.track = $root.livekit.proto.OwnedRemoteDataTrack.fromObject(object.track, _depth + 1);
                }
                return message;
            };

            DataTrackPublished.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.track = null;
                if (message.track != null && $Object.hasOwnProperty.call(message, "track"))
                    object.track = $root.livekit.proto.OwnedRemoteDataTrack.toObject(message.track, options, _depth + 1);
                return object;
            };

            DataTrackPublished.prototype.toJSON = function() {
                return DataTrackPublished.toObject(this, $protobuf.util.toJSONOptions);
            };

            return DataTrackPublished;
        })();

        proto.DataTrackUnpublished = (function() {

            const DataTrackUnpublished = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            DataTrackUnpublished.prototype.sid = "";

            DataTrackUnpublished.create = function(properties) {
                return new DataTrackUnpublished(properties);
            };

            DataTrackUnpublished.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                writer.uint32(10).string(message.sid);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            DataTrackUnpublished.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.livekit.proto.DataTrackUnpublished();
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
                            message.sid = reader.string();
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
                if (!$Object.hasOwnProperty.call(message, "sid"))
                    throw $util.ProtocolError("missing required 'sid'", { instance: message });
                return message;
            };

            DataTrackUnpublished.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (!$util.isString(message.sid))
                    return "sid: string expected";
                return null;
            };

            DataTrackUnpublished.fromObject = function (object, _depth) {
                if (object instanceof $root.livekit.proto.DataTrackUnpublished)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".livekit.proto.DataTrackUnpublished: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.livekit.proto.DataTrackUnpublished();
                if (object.sid != null)
                    message.sid = $String(object.sid);
                return message;
            };

            DataTrackUnpublished.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.sid = "";
                if (message.sid != null && $Object.hasOwnProperty.call(message, "sid"))
                    object.sid = message.sid;
                return object;
            };

            DataTrackUnpublished.prototype.toJSON = function() {
                return DataTrackUnpublished.toObject(this, $protobuf.util.toJSONOptions);
            };

            return DataTrackUnpublished;
        })();

        proto.FfiOwnedHandle = (function() {

            const FfiOwnedHandle = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            FfiOwnedHandle.prototype.id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            FfiOwnedHandle.create = function(properties) {
                return new FfiOwnedHandle(properties);
            };

            FfiOwnedHandle.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                writer.uint32(8).uint64(message.id);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            FfiOwnedHandle.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.livekit.proto.FfiOwnedHandle();
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
                            message.id = reader.uint64();
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
                if (!$Object.hasOwnProperty.call(message, "id"))
                    throw $util.ProtocolError("missing required 'id'", { instance: message });
                return message;
            };

            FfiOwnedHandle.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (!$util.isInteger(message.id) && !(message.id && $util.isInteger(message.id.low) && $util.isInteger(message.id.high)))
                    return "id: integer|Long expected";
                return null;
            };

            FfiOwnedHandle.fromObject = function (object, _depth) {
                if (object instanceof $root.livekit.proto.FfiOwnedHandle)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".livekit.proto.FfiOwnedHandle: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.livekit.proto.FfiOwnedHandle();
                if (object.id != null)
                    if ($util.Long)
                        message.id = $util.Long.fromValue(object.id, true);
                    else if (typeof object.id === "string")
                        message.id = $parseInt(object.id, 10);
                    else if (typeof object.id === "number")
                        message.id = object.id;
                    else if (typeof object.id === "object")
                        message.id = new $util.LongBits(object.id.low >>> 0, object.id.high >>> 0).toNumber(true);
                return message;
            };

            FfiOwnedHandle.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.id = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.id = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.id = typeof message.id === "number" ? $BigInt(message.id) : $util.Long.fromBits(message.id.low >>> 0, message.id.high >>> 0, true).toBigInt();
                    else if (typeof message.id === "number")
                        object.id = options.longs === $String ? $String(message.id) : message.id;
                    else
                        object.id = options.longs === $String ? $util.Long.prototype.toString.call(message.id) : options.longs === $Number ? new $util.LongBits(message.id.low >>> 0, message.id.high >>> 0).toNumber(true) : message.id;
                return object;
            };

            FfiOwnedHandle.prototype.toJSON = function() {
                return FfiOwnedHandle.toObject(this, $protobuf.util.toJSONOptions);
            };

            return FfiOwnedHandle;
        })();

        proto.ParticipantState = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "PARTICIPANT_STATE_JOINING"] = 0;
            values[valuesById[1] = "PARTICIPANT_STATE_JOINED"] = 1;
            values[valuesById[2] = "PARTICIPANT_STATE_ACTIVE"] = 2;
            values[valuesById[3] = "PARTICIPANT_STATE_DISCONNECTED"] = 3;
            return values;
        })();

        proto.ParticipantKind = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "PARTICIPANT_KIND_STANDARD"] = 0;
            values[valuesById[1] = "PARTICIPANT_KIND_INGRESS"] = 1;
            values[valuesById[2] = "PARTICIPANT_KIND_EGRESS"] = 2;
            values[valuesById[3] = "PARTICIPANT_KIND_SIP"] = 3;
            values[valuesById[4] = "PARTICIPANT_KIND_AGENT"] = 4;
            values[valuesById[5] = "PARTICIPANT_KIND_CONNECTOR"] = 5;
            values[valuesById[6] = "PARTICIPANT_KIND_BRIDGE"] = 6;
            return values;
        })();

        proto.ParticipantKindDetail = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "PARTICIPANT_KIND_DETAIL_CLOUD_AGENT"] = 0;
            values[valuesById[1] = "PARTICIPANT_KIND_DETAIL_FORWARDED"] = 1;
            values[valuesById[2] = "PARTICIPANT_KIND_DETAIL_CONNECTOR_WHATSAPP"] = 2;
            values[valuesById[3] = "PARTICIPANT_KIND_DETAIL_CONNECTOR_TWILIO"] = 3;
            values[valuesById[4] = "PARTICIPANT_KIND_DETAIL_BRIDGE_RTSP"] = 4;
            values[valuesById[5] = "PARTICIPANT_KIND_DETAIL_SIMULATION"] = 5;
            return values;
        })();

        proto.DisconnectReason = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "UNKNOWN_REASON"] = 0;
            values[valuesById[1] = "CLIENT_INITIATED"] = 1;
            values[valuesById[2] = "DUPLICATE_IDENTITY"] = 2;
            values[valuesById[3] = "SERVER_SHUTDOWN"] = 3;
            values[valuesById[4] = "PARTICIPANT_REMOVED"] = 4;
            values[valuesById[5] = "ROOM_DELETED"] = 5;
            values[valuesById[6] = "STATE_MISMATCH"] = 6;
            values[valuesById[7] = "JOIN_FAILURE"] = 7;
            values[valuesById[8] = "MIGRATION"] = 8;
            values[valuesById[9] = "SIGNAL_CLOSE"] = 9;
            values[valuesById[10] = "ROOM_CLOSED"] = 10;
            values[valuesById[11] = "USER_UNAVAILABLE"] = 11;
            values[valuesById[12] = "USER_REJECTED"] = 12;
            values[valuesById[13] = "SIP_TRUNK_FAILURE"] = 13;
            values[valuesById[14] = "CONNECTION_TIMEOUT"] = 14;
            values[valuesById[15] = "MEDIA_FAILURE"] = 15;
            values[valuesById[16] = "AGENT_ERROR"] = 16;
            return values;
        })();

        proto.ParticipantInfo = (function() {

            const ParticipantInfo = function (properties) {
                this.attributes = {};
                this.kindDetails = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ParticipantInfo.prototype.sid = "";
            ParticipantInfo.prototype.name = "";
            ParticipantInfo.prototype.identity = "";
            ParticipantInfo.prototype.state = 0;
            ParticipantInfo.prototype.metadata = "";
            ParticipantInfo.prototype.attributes = $util.emptyObject;
            ParticipantInfo.prototype.kind = 0;
            ParticipantInfo.prototype.disconnectReason = 0;
            ParticipantInfo.prototype.joinedAt = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            ParticipantInfo.prototype.kindDetails = $util.emptyArray;
            ParticipantInfo.prototype.permission = null;
            ParticipantInfo.prototype.clientProtocol = 0;

            ParticipantInfo.create = function(properties) {
                return new ParticipantInfo(properties);
            };

            ParticipantInfo.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                writer.uint32(10).string(message.sid);
                writer.uint32(18).string(message.name);
                writer.uint32(26).string(message.identity);
                writer.uint32(32).int32(message.state);
                writer.uint32(42).string(message.metadata);
                if (message.attributes != null && $Object.hasOwnProperty.call(message, "attributes"))
                    for (let keys = $Object.keys(message.attributes), i = 0; i < keys.length; ++i)
                        writer.uint32(50).fork().uint32(10).string(keys[i]).uint32(18).string(message.attributes[keys[i]]).ldelim();
                writer.uint32(56).int32(message.kind);
                writer.uint32(64).int32(message.disconnectReason);
                writer.uint32(72).int64(message.joinedAt);
                if (message.kindDetails != null && message.kindDetails.length)
                    for (let i = 0; i < message.kindDetails.length; ++i)
                        writer.uint32(80).int32(message.kindDetails[i]);
                if (message.permission != null && $Object.hasOwnProperty.call(message, "permission"))
                    $root.livekit.proto.ParticipantPermission.encode(message.permission, writer.uint32(90).fork(), _depth + 1).ldelim();
                writer.uint32(96).int32(message.clientProtocol);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ParticipantInfo.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.livekit.proto.ParticipantInfo();
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
                            message.sid = reader.string();
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.name = reader.string();
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.identity = reader.string();
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            value = reader.int32();
                            if ($root.livekit.proto.ParticipantState[value] !== $undefined)
                                message.state = value;
                            else if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.metadata = reader.string();
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if (message.attributes === $util.emptyObject)
                                message.attributes = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.string();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = reader.string();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.attributes, key);
                            message.attributes[key] = value;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            value = reader.int32();
                            if ($root.livekit.proto.ParticipantKind[value] !== $undefined)
                                message.kind = value;
                            else if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            value = reader.int32();
                            if ($root.livekit.proto.DisconnectReason[value] !== $undefined)
                                message.disconnectReason = value;
                            else if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            message.joinedAt = reader.int64();
                            continue;
                        }
                    case 10: {
                            if (wireType === 2) {
                                let end2 = reader.size() + reader.pos;
                                if (end2 > reader.len)
                                    throw $RangeError("index out of range");
                                reader.len = end2;
                                while (reader.pos < end2) {
                                    start = reader.pos;
                                    value = reader.int32();
                                    if ($root.livekit.proto.ParticipantKindDetail[value] !== $undefined) {
                                        if (!(message.kindDetails && message.kindDetails.length))
                                            message.kindDetails = [];
                                        message.kindDetails.push(value);
                                    } else if (!reader.discardUnknown) {
                                        $util.makeProp(message, "$unknowns", false);
                                        (message.$unknowns || (message.$unknowns = [])).push($util.rawField(10, 0, reader.raw(start, reader.pos)));
                                    }
                                }
                                if (reader.pos !== end2)
                                    throw $RangeError("index out of range");
                                reader.len = end;
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            value = reader.int32();
                            if ($root.livekit.proto.ParticipantKindDetail[value] !== $undefined) {
                                if (!(message.kindDetails && message.kindDetails.length))
                                    message.kindDetails = [];
                                message.kindDetails.push(value);
                            } else if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            message.permission = $root.livekit.proto.ParticipantPermission.decode(reader, reader.size(), $undefined, _depth + 1, message.permission);
                            continue;
                        }
                    case 12: {
                            if (wireType !== 0)
                                break;
                            message.clientProtocol = reader.int32();
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
                if (!$Object.hasOwnProperty.call(message, "sid"))
                    throw $util.ProtocolError("missing required 'sid'", { instance: message });
                if (!$Object.hasOwnProperty.call(message, "name"))
                    throw $util.ProtocolError("missing required 'name'", { instance: message });
                if (!$Object.hasOwnProperty.call(message, "identity"))
                    throw $util.ProtocolError("missing required 'identity'", { instance: message });
                if (!$Object.hasOwnProperty.call(message, "state"))
                    throw $util.ProtocolError("missing required 'state'", { instance: message });
                if (!$Object.hasOwnProperty.call(message, "metadata"))
                    throw $util.ProtocolError("missing required 'metadata'", { instance: message });
                if (!$Object.hasOwnProperty.call(message, "kind"))
                    throw $util.ProtocolError("missing required 'kind'", { instance: message });
                if (!$Object.hasOwnProperty.call(message, "disconnectReason"))
                    throw $util.ProtocolError("missing required 'disconnectReason'", { instance: message });
                if (!$Object.hasOwnProperty.call(message, "joinedAt"))
                    throw $util.ProtocolError("missing required 'joinedAt'", { instance: message });
                if (!$Object.hasOwnProperty.call(message, "clientProtocol"))
                    throw $util.ProtocolError("missing required 'clientProtocol'", { instance: message });
                return message;
            };

            ParticipantInfo.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (!$util.isString(message.sid))
                    return "sid: string expected";
                if (!$util.isString(message.name))
                    return "name: string expected";
                if (!$util.isString(message.identity))
                    return "identity: string expected";
                switch (message.state) {
                default:
                    return "state: enum value expected";
                case 0:
                case 1:
                case 2:
                case 3:
                    break;
                }
                if (!$util.isString(message.metadata))
                    return "metadata: string expected";
                if (message.attributes != null && $Object.hasOwnProperty.call(message, "attributes")) {
                    if (!$util.isObject(message.attributes))
                        return "attributes: object expected";
                    let key = $Object.keys(message.attributes);
                    for (let i = 0; i < key.length; ++i)
                        if (!$util.isString(message.attributes[key[i]]))
                            return "attributes: string{k:string} expected";
                }
                switch (message.kind) {
                default:
                    return "kind: enum value expected";
                case 0:
                case 1:
                case 2:
                case 3:
                case 4:
                case 5:
                case 6:
                    break;
                }
                switch (message.disconnectReason) {
                default:
                    return "disconnectReason: enum value expected";
                case 0:
                case 1:
                case 2:
                case 3:
                case 4:
                case 5:
                case 6:
                case 7:
                case 8:
                case 9:
                case 10:
                case 11:
                case 12:
                case 13:
                case 14:
                case 15:
                case 16:
                    break;
                }
                if (!$util.isInteger(message.joinedAt) && !(message.joinedAt && $util.isInteger(message.joinedAt.low) && $util.isInteger(message.joinedAt.high)))
                    return "joinedAt: integer|Long expected";
                if (message.kindDetails != null && $Object.hasOwnProperty.call(message, "kindDetails")) {
                    if (!$Array.isArray(message.kindDetails))
                        return "kindDetails: array expected";
                    for (let i = 0; i < message.kindDetails.length; ++i)
                        switch (message.kindDetails[i]) {
                        default:
                            return "kindDetails: enum value[] expected";
                        case 0:
                        case 1:
                        case 2:
                        case 3:
                        case 4:
                        case 5:
                            break;
                        }
                }
                if (message.permission != null && $Object.hasOwnProperty.call(message, "permission")) {
                    let error = $root.livekit.proto.ParticipantPermission.verify(message.permission, _depth + 1);
                    if (error)
                        return "permission." + error;
                }
                if (!$util.isInteger(message.clientProtocol))
                    return "clientProtocol: integer expected";
                return null;
            };

            ParticipantInfo.fromObject = function (object, _depth) {
                if (object instanceof $root.livekit.proto.ParticipantInfo)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".livekit.proto.ParticipantInfo: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.livekit.proto.ParticipantInfo();
                if (object.sid != null)
                    message.sid = $String(object.sid);
                if (object.name != null)
                    message.name = $String(object.name);
                if (object.identity != null)
                    message.identity = $String(object.identity);
                switch (object.state) {
                case "PARTICIPANT_STATE_JOINING":
                case 0:
                    message.state = 0;
                    break;
                case "PARTICIPANT_STATE_JOINED":
                case 1:
                    message.state = 1;
                    break;
                case "PARTICIPANT_STATE_ACTIVE":
                case 2:
                    message.state = 2;
                    break;
                case "PARTICIPANT_STATE_DISCONNECTED":
                case 3:
                    message.state = 3;
                    break;
                default:
                }
                if (object.metadata != null)
                    message.metadata = $String(object.metadata);
                if (object.attributes) {
                    if (!$util.isObject(object.attributes))
                        throw $TypeError(".livekit.proto.ParticipantInfo.attributes: object expected");
                    message.attributes = {};
                    for (let keys = $Object.keys(object.attributes), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.attributes, keys[i]);
                        message.attributes[keys[i]] = $String(object.attributes[keys[i]]);
                    }
                }
                switch (object.kind) {
                case "PARTICIPANT_KIND_STANDARD":
                case 0:
                    message.kind = 0;
                    break;
                case "PARTICIPANT_KIND_INGRESS":
                case 1:
                    message.kind = 1;
                    break;
                case "PARTICIPANT_KIND_EGRESS":
                case 2:
                    message.kind = 2;
                    break;
                case "PARTICIPANT_KIND_SIP":
                case 3:
                    message.kind = 3;
                    break;
                case "PARTICIPANT_KIND_AGENT":
                case 4:
                    message.kind = 4;
                    break;
                case "PARTICIPANT_KIND_CONNECTOR":
                case 5:
                    message.kind = 5;
                    break;
                case "PARTICIPANT_KIND_BRIDGE":
                case 6:
                    message.kind = 6;
                    break;
                default:
                }
                switch (object.disconnectReason) {
                case "UNKNOWN_REASON":
                case 0:
                    message.disconnectReason = 0;
                    break;
                case "CLIENT_INITIATED":
                case 1:
                    message.disconnectReason = 1;
                    break;
                case "DUPLICATE_IDENTITY":
                case 2:
                    message.disconnectReason = 2;
                    break;
                case "SERVER_SHUTDOWN":
                case 3:
                    message.disconnectReason = 3;
                    break;
                case "PARTICIPANT_REMOVED":
                case 4:
                    message.disconnectReason = 4;
                    break;
                case "ROOM_DELETED":
                case 5:
                    message.disconnectReason = 5;
                    break;
                case "STATE_MISMATCH":
                case 6:
                    message.disconnectReason = 6;
                    break;
                case "JOIN_FAILURE":
                case 7:
                    message.disconnectReason = 7;
                    break;
                case "MIGRATION":
                case 8:
                    message.disconnectReason = 8;
                    break;
                case "SIGNAL_CLOSE":
                case 9:
                    message.disconnectReason = 9;
                    break;
                case "ROOM_CLOSED":
                case 10:
                    message.disconnectReason = 10;
                    break;
                case "USER_UNAVAILABLE":
                case 11:
                    message.disconnectReason = 11;
                    break;
                case "USER_REJECTED":
                case 12:
                    message.disconnectReason = 12;
                    break;
                case "SIP_TRUNK_FAILURE":
                case 13:
                    message.disconnectReason = 13;
                    break;
                case "CONNECTION_TIMEOUT":
                case 14:
                    message.disconnectReason = 14;
                    break;
                case "MEDIA_FAILURE":
                case 15:
                    message.disconnectReason = 15;
                    break;
                case "AGENT_ERROR":
                case 16:
                    message.disconnectReason = 16;
                    break;
                default:
                }
                if (object.joinedAt != null)
                    if ($util.Long)
                        message.joinedAt = $util.Long.fromValue(object.joinedAt, false);
                    else if (typeof object.joinedAt === "string")
                        message.joinedAt = $parseInt(object.joinedAt, 10);
                    else if (typeof object.joinedAt === "number")
                        message.joinedAt = object.joinedAt;
                    else if (typeof object.joinedAt === "object")
                        message.joinedAt = new $util.LongBits(object.joinedAt.low >>> 0, object.joinedAt.high >>> 0).toNumber();
                if (object.kindDetails) {
                    if (!$Array.isArray(object.kindDetails))
                        throw $TypeError(".livekit.proto.ParticipantInfo.kindDetails: array expected");
                    message.kindDetails = [];
                    for (let i = 0; i < object.kindDetails.length; ++i)
                        switch (object.kindDetails[i]) {
                        case "PARTICIPANT_KIND_DETAIL_CLOUD_AGENT":
                        case 0:
                            message.kindDetails[message.kindDetails.length] = 0;
                            break;
                        case "PARTICIPANT_KIND_DETAIL_FORWARDED":
                        case 1:
                            message.kindDetails[message.kindDetails.length] = 1;
                            break;
                        case "PARTICIPANT_KIND_DETAIL_CONNECTOR_WHATSAPP":
                        case 2:
                            message.kindDetails[message.kindDetails.length] = 2;
                            break;
                        case "PARTICIPANT_KIND_DETAIL_CONNECTOR_TWILIO":
                        case 3:
                            message.kindDetails[message.kindDetails.length] = 3;
                            break;
                        case "PARTICIPANT_KIND_DETAIL_BRIDGE_RTSP":
                        case 4:
                            message.kindDetails[message.kindDetails.length] = 4;
                            break;
                        case "PARTICIPANT_KIND_DETAIL_SIMULATION":
                        case 5:
                            message.kindDetails[message.kindDetails.length] = 5;
                            break;
                        default:
                        }
                }
                if (object.permission != null) {
                    if (!$util.isObject(object.permission))
                        throw $TypeError(".livekit.proto.ParticipantInfo.permission: object expected");
                    message.permission = $root.livekit.proto.ParticipantPermission.fromObject(object.permission, _depth + 1);
                }
                if (object.clientProtocol != null)
                    message.clientProtocol = object.clientProtocol | 0;
                return message;
            };

            ParticipantInfo.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.kindDetails = [];
                if (options.objects || options.defaults)
                    object.attributes = {};
                if (options.defaults) {
                    object.sid = "";
                    object.name = "";
                    object.identity = "";
                    object.state = options.enums === $String ? "PARTICIPANT_STATE_JOINING" : 0;
                    object.metadata = "";
                    object.kind = options.enums === $String ? "PARTICIPANT_KIND_STANDARD" : 0;
                    object.disconnectReason = options.enums === $String ? "UNKNOWN_REASON" : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.joinedAt = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.joinedAt = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.permission = null;
                    object.clientProtocol = 0;
                }
                if (message.sid != null && $Object.hasOwnProperty.call(message, "sid"))
                    object.sid = message.sid;
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.identity != null && $Object.hasOwnProperty.call(message, "identity"))
                    object.identity = message.identity;
                if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                    object.state = options.enums === $String ? $root.livekit.proto.ParticipantState[message.state] === $undefined ? message.state : $root.livekit.proto.ParticipantState[message.state] : message.state;
                if (message.metadata != null && $Object.hasOwnProperty.call(message, "metadata"))
                    object.metadata = message.metadata;
                let keys2;
                if (message.attributes && (keys2 = $Object.keys(message.attributes)).length) {
                    object.attributes = {};
                    for (let j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.attributes, keys2[j]);
                        object.attributes[keys2[j]] = message.attributes[keys2[j]];
                    }
                }
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                    object.kind = options.enums === $String ? $root.livekit.proto.ParticipantKind[message.kind] === $undefined ? message.kind : $root.livekit.proto.ParticipantKind[message.kind] : message.kind;
                if (message.disconnectReason != null && $Object.hasOwnProperty.call(message, "disconnectReason"))
                    object.disconnectReason = options.enums === $String ? $root.livekit.proto.DisconnectReason[message.disconnectReason] === $undefined ? message.disconnectReason : $root.livekit.proto.DisconnectReason[message.disconnectReason] : message.disconnectReason;
                if (message.joinedAt != null && $Object.hasOwnProperty.call(message, "joinedAt"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.joinedAt = typeof message.joinedAt === "number" ? $BigInt(message.joinedAt) : $util.Long.fromBits(message.joinedAt.low >>> 0, message.joinedAt.high >>> 0, false).toBigInt();
                    else if (typeof message.joinedAt === "number")
                        object.joinedAt = options.longs === $String ? $String(message.joinedAt) : message.joinedAt;
                    else
                        object.joinedAt = options.longs === $String ? $util.Long.prototype.toString.call(message.joinedAt) : options.longs === $Number ? new $util.LongBits(message.joinedAt.low >>> 0, message.joinedAt.high >>> 0).toNumber() : message.joinedAt;
                if (message.kindDetails && message.kindDetails.length) {
                    object.kindDetails = $Array(message.kindDetails.length);
                    for (let j = 0; j < message.kindDetails.length; ++j)
                        object.kindDetails[j] = options.enums === $String ? $root.livekit.proto.ParticipantKindDetail[message.kindDetails[j]] === $undefined ? message.kindDetails[j] : $root.livekit.proto.ParticipantKindDetail[message.kindDetails[j]] : message.kindDetails[j];
                }
                if (message.permission != null && $Object.hasOwnProperty.call(message, "permission"))
                    object.permission = $root.livekit.proto.ParticipantPermission.toObject(message.permission, options, _depth + 1);
                if (message.clientProtocol != null && $Object.hasOwnProperty.call(message, "clientProtocol"))
                    object.clientProtocol = message.clientProtocol;
                return object;
            };

            ParticipantInfo.prototype.toJSON = function() {
                return ParticipantInfo.toObject(this, $protobuf.util.toJSONOptions);
            };

            return ParticipantInfo;
        })();

        proto.OwnedParticipant = (function() {

            const OwnedParticipant = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            OwnedParticipant.prototype.handle = null;
            OwnedParticipant.prototype.info = null;

            OwnedParticipant.create = function(properties) {
                return new OwnedParticipant(properties);
            };

            OwnedParticipant.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                $root.livekit.proto.FfiOwnedHandle.encode(message.handle, writer.uint32(10).fork(), _depth + 1).ldelim();
                $root.livekit.proto.ParticipantInfo.encode(message.info, writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            OwnedParticipant.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.livekit.proto.OwnedParticipant();
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
                            message.handle = $root.livekit.proto.FfiOwnedHandle.decode(reader, reader.size(), $undefined, _depth + 1, message.handle);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.info = $root.livekit.proto.ParticipantInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.info);
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
                if (!$Object.hasOwnProperty.call(message, "handle"))
                    throw $util.ProtocolError("missing required 'handle'", { instance: message });
                if (!$Object.hasOwnProperty.call(message, "info"))
                    throw $util.ProtocolError("missing required 'info'", { instance: message });
                return message;
            };

            OwnedParticipant.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                {
                    let error = $root.livekit.proto.FfiOwnedHandle.verify(message.handle, _depth + 1);
                    if (error)
                        return "handle." + error;
                }
                {
                    let error = $root.livekit.proto.ParticipantInfo.verify(message.info, _depth + 1);
                    if (error)
                        return "info." + error;
                }
                return null;
            };

            OwnedParticipant.fromObject = function (object, _depth) {
                if (object instanceof $root.livekit.proto.OwnedParticipant)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".livekit.proto.OwnedParticipant: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.livekit.proto.OwnedParticipant();
                if (object.handle != null) {
                    if (!$util.isObject(object.handle))
                        throw $TypeError(".livekit.proto.OwnedParticipant.handle: object expected");
                    message.handle = $root.livekit.proto.FfiOwnedHandle.fromObject(object.handle, _depth + 1);
                }
                if (object.info != null) {
                    if (!$util.isObject(object.info))
                        throw $TypeError(".livekit.proto.OwnedParticipant.info: object expected");
                    message.info = $root.livekit.proto.ParticipantInfo.fromObject(object.info, _depth + 1);
                }
                return message;
            };

            OwnedParticipant.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.handle = null;
                    object.info = null;
                }
                if (message.handle != null && $Object.hasOwnProperty.call(message, "handle"))
                    object.handle = $root.livekit.proto.FfiOwnedHandle.toObject(message.handle, options, _depth + 1);
                if (message.info != null && $Object.hasOwnProperty.call(message, "info"))
                    object.info = $root.livekit.proto.ParticipantInfo.toObject(message.info, options, _depth + 1);
                return object;
            };

            OwnedParticipant.prototype.toJSON = function() {
                return OwnedParticipant.toObject(this, $protobuf.util.toJSONOptions);
            };

            return OwnedParticipant;
        })();

        proto.ParticipantPermission = (function() {

            const ParticipantPermission = function (properties) {
                this.canPublishSources = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ParticipantPermission.prototype.canSubscribe = false;
            ParticipantPermission.prototype.canPublish = false;
            ParticipantPermission.prototype.canPublishData = false;
            ParticipantPermission.prototype.canPublishSources = $util.emptyArray;
            ParticipantPermission.prototype.hidden = false;
            ParticipantPermission.prototype.canUpdateMetadata = false;
            ParticipantPermission.prototype.canSubscribeMetrics = false;
            ParticipantPermission.prototype.canManageAgentSession = false;

            ParticipantPermission.create = function(properties) {
                return new ParticipantPermission(properties);
            };

            ParticipantPermission.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                writer.uint32(8).bool(message.canSubscribe);
                writer.uint32(16).bool(message.canPublish);
                writer.uint32(24).bool(message.canPublishData);
                writer.uint32(56).bool(message.hidden);
                if (message.canPublishSources != null && message.canPublishSources.length)
                    for (let i = 0; i < message.canPublishSources.length; ++i)
                        writer.uint32(72).int32(message.canPublishSources[i]);
                writer.uint32(80).bool(message.canUpdateMetadata);
                writer.uint32(96).bool(message.canSubscribeMetrics);
                writer.uint32(104).bool(message.canManageAgentSession);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ParticipantPermission.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.livekit.proto.ParticipantPermission();
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
                            message.canSubscribe = reader.bool();
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            message.canPublish = reader.bool();
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            message.canPublishData = reader.bool();
                            continue;
                        }
                    case 9: {
                            if (wireType === 2) {
                                let end2 = reader.size() + reader.pos;
                                if (end2 > reader.len)
                                    throw $RangeError("index out of range");
                                reader.len = end2;
                                while (reader.pos < end2) {
                                    start = reader.pos;
                                    value = reader.int32();
                                    if ($root.livekit.proto.TrackSource[value] !== $undefined) {
                                        if (!(message.canPublishSources && message.canPublishSources.length))
                                            message.canPublishSources = [];
                                        message.canPublishSources.push(value);
                                    } else if (!reader.discardUnknown) {
                                        $util.makeProp(message, "$unknowns", false);
                                        (message.$unknowns || (message.$unknowns = [])).push($util.rawField(9, 0, reader.raw(start, reader.pos)));
                                    }
                                }
                                if (reader.pos !== end2)
                                    throw $RangeError("index out of range");
                                reader.len = end;
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            value = reader.int32();
                            if ($root.livekit.proto.TrackSource[value] !== $undefined) {
                                if (!(message.canPublishSources && message.canPublishSources.length))
                                    message.canPublishSources = [];
                                message.canPublishSources.push(value);
                            } else if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            message.hidden = reader.bool();
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            message.canUpdateMetadata = reader.bool();
                            continue;
                        }
                    case 12: {
                            if (wireType !== 0)
                                break;
                            message.canSubscribeMetrics = reader.bool();
                            continue;
                        }
                    case 13: {
                            if (wireType !== 0)
                                break;
                            message.canManageAgentSession = reader.bool();
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
                if (!$Object.hasOwnProperty.call(message, "canSubscribe"))
                    throw $util.ProtocolError("missing required 'canSubscribe'", { instance: message });
                if (!$Object.hasOwnProperty.call(message, "canPublish"))
                    throw $util.ProtocolError("missing required 'canPublish'", { instance: message });
                if (!$Object.hasOwnProperty.call(message, "canPublishData"))
                    throw $util.ProtocolError("missing required 'canPublishData'", { instance: message });
                if (!$Object.hasOwnProperty.call(message, "hidden"))
                    throw $util.ProtocolError("missing required 'hidden'", { instance: message });
                if (!$Object.hasOwnProperty.call(message, "canUpdateMetadata"))
                    throw $util.ProtocolError("missing required 'canUpdateMetadata'", { instance: message });
                if (!$Object.hasOwnProperty.call(message, "canSubscribeMetrics"))
                    throw $util.ProtocolError("missing required 'canSubscribeMetrics'", { instance: message });
                if (!$Object.hasOwnProperty.call(message, "canManageAgentSession"))
                    throw $util.ProtocolError("missing required 'canManageAgentSession'", { instance: message });
                return message;
            };

            ParticipantPermission.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (typeof message.canSubscribe !== "boolean")
                    return "canSubscribe: boolean expected";
                if (typeof message.canPublish !== "boolean")
                    return "canPublish: boolean expected";
                if (typeof message.canPublishData !== "boolean")
                    return "canPublishData: boolean expected";
                if (message.canPublishSources != null && $Object.hasOwnProperty.call(message, "canPublishSources")) {
                    if (!$Array.isArray(message.canPublishSources))
                        return "canPublishSources: array expected";
                    for (let i = 0; i < message.canPublishSources.length; ++i)
                        switch (message.canPublishSources[i]) {
                        default:
                            return "canPublishSources: enum value[] expected";
                        case 0:
                        case 1:
                        case 2:
                        case 3:
                        case 4:
                            break;
                        }
                }
                if (typeof message.hidden !== "boolean")
                    return "hidden: boolean expected";
                if (typeof message.canUpdateMetadata !== "boolean")
                    return "canUpdateMetadata: boolean expected";
                if (typeof message.canSubscribeMetrics !== "boolean")
                    return "canSubscribeMetrics: boolean expected";
                if (typeof message.canManageAgentSession !== "boolean")
                    return "canManageAgentSession: boolean expected";
                return null;
            };

            ParticipantPermission.fromObject = function (object, _depth) {
                if (object instanceof $root.livekit.proto.ParticipantPermission)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".livekit.proto.ParticipantPermission: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.livekit.proto.ParticipantPermission();
                if (object.canSubscribe != null)
                    message.canSubscribe = $Boolean(object.canSubscribe);
                if (object.canPublish != null)
                    message.canPublish = $Boolean(object.canPublish);
                if (object.canPublishData != null)
                    message.canPublishData = $Boolean(object.canPublishData);
                if (object.canPublishSources) {
                    if (!$Array.isArray(object.canPublishSources))
                        throw $TypeError(".livekit.proto.ParticipantPermission.canPublishSources: array expected");
                    message.canPublishSources = [];
                    for (let i = 0; i < object.canPublishSources.length; ++i)
                        switch (object.canPublishSources[i]) {
                        case "SOURCE_UNKNOWN":
                        case 0:
                            message.canPublishSources[message.canPublishSources.length] = 0;
                            break;
                        case "SOURCE_CAMERA":
                        case 1:
                            message.canPublishSources[message.canPublishSources.length] = 1;
                            break;
                        case "SOURCE_MICROPHONE":
                        case 2:
                            message.canPublishSources[message.canPublishSources.length] = 2;
                            break;
                        case "SOURCE_SCREENSHARE":
                        case 3:
                            message.canPublishSources[message.canPublishSources.length] = 3;
                            break;
                        case "SOURCE_SCREENSHARE_AUDIO":
                        case 4:
                            message.canPublishSources[message.canPublishSources.length] = 4;
                            break;
                        default:
                        }
                }
                if (object.hidden != null)
                    message.hidden = $Boolean(object.hidden);
                if (object.canUpdateMetadata != null)
                    message.canUpdateMetadata = $Boolean(object.canUpdateMetadata);
                if (object.canSubscribeMetrics != null)
                    message.canSubscribeMetrics = $Boolean(object.canSubscribeMetrics);
                if (object.canManageAgentSession != null)
                    message.canManageAgentSession = $Boolean(object.canManageAgentSession);
                return message;
            };

            ParticipantPermission.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.canPublishSources = [];
                if (options.defaults) {
                    object.canSubscribe = false;
                    object.canPublish = false;
                    object.canPublishData = false;
                    object.hidden = false;
                    object.canUpdateMetadata = false;
                    object.canSubscribeMetrics = false;
                    object.canManageAgentSession = false;
                }
                if (message.canSubscribe != null && $Object.hasOwnProperty.call(message, "canSubscribe"))
                    object.canSubscribe = message.canSubscribe;
                if (message.canPublish != null && $Object.hasOwnProperty.call(message, "canPublish"))
                    object.canPublish = message.canPublish;
                if (message.canPublishData != null && $Object.hasOwnProperty.call(message, "canPublishData"))
                    object.canPublishData = message.canPublishData;
                if (message.hidden != null && $Object.hasOwnProperty.call(message, "hidden"))
                    object.hidden = message.hidden;
                if (message.canPublishSources && message.canPublishSources.length) {
                    object.canPublishSources = $Array(message.canPublishSources.length);
                    for (let j = 0; j < message.canPublishSources.length; ++j)
                        object.canPublishSources[j] = options.enums === $String ? $root.livekit.proto.TrackSource[message.canPublishSources[j]] === $undefined ? message.canPublishSources[j] : $root.livekit.proto.TrackSource[message.canPublishSources[j]] : message.canPublishSources[j];
                }
                if (message.canUpdateMetadata != null && $Object.hasOwnProperty.call(message, "canUpdateMetadata"))
                    object.canUpdateMetadata = message.canUpdateMetadata;
                if (message.canSubscribeMetrics != null && $Object.hasOwnProperty.call(message, "canSubscribeMetrics"))
                    object.canSubscribeMetrics = message.canSubscribeMetrics;
                if (message.canManageAgentSession != null && $Object.hasOwnProperty.call(message, "canManageAgentSession"))
                    object.canManageAgentSession = message.canManageAgentSession;
                return object;
            };

            ParticipantPermission.prototype.toJSON = function() {
                return ParticipantPermission.toObject(this, $protobuf.util.toJSONOptions);
            };

            return ParticipantPermission;
        })();

        proto.TrackSource = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "SOURCE_UNKNOWN"] = 0;
            values[valuesById[1] = "SOURCE_CAMERA"] = 1;
            values[valuesById[2] = "SOURCE_MICROPHONE"] = 2;
            values[valuesById[3] = "SOURCE_SCREENSHARE"] = 3;
            values[valuesById[4] = "SOURCE_SCREENSHARE_AUDIO"] = 4;
            return values;
        })();

        proto.DataTrackErrorCode = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "DATA_TRACK_ERROR_CODE_UNKNOWN"] = 0;
            values[valuesById[1] = "DATA_TRACK_ERROR_CODE_INVALID_HANDLE"] = 1;
            values[valuesById[2] = "DATA_TRACK_ERROR_CODE_DUPLICATE_TRACK_NAME"] = 2;
            values[valuesById[3] = "DATA_TRACK_ERROR_CODE_TRACK_UNPUBLISHED"] = 3;
            values[valuesById[4] = "DATA_TRACK_ERROR_CODE_BUFFER_FULL"] = 4;
            values[valuesById[5] = "DATA_TRACK_ERROR_CODE_SUBSCRIPTION_CLOSED"] = 5;
            values[valuesById[6] = "DATA_TRACK_ERROR_CODE_CANCELLED"] = 6;
            values[valuesById[7] = "DATA_TRACK_ERROR_CODE_PROTOCOL_ERROR"] = 7;
            values[valuesById[8] = "DATA_TRACK_ERROR_CODE_INTERNAL"] = 8;
            return values;
        })();

        proto.PublishDataTrackErrorCode = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "PUBLISH_DATA_TRACK_ERROR_CODE_UNKNOWN"] = 0;
            values[valuesById[1] = "PUBLISH_DATA_TRACK_ERROR_CODE_INVALID_HANDLE"] = 1;
            values[valuesById[2] = "PUBLISH_DATA_TRACK_ERROR_CODE_DUPLICATE_NAME"] = 2;
            values[valuesById[3] = "PUBLISH_DATA_TRACK_ERROR_CODE_TIMEOUT"] = 3;
            values[valuesById[4] = "PUBLISH_DATA_TRACK_ERROR_CODE_DISCONNECTED"] = 4;
            values[valuesById[5] = "PUBLISH_DATA_TRACK_ERROR_CODE_NOT_ALLOWED"] = 5;
            values[valuesById[6] = "PUBLISH_DATA_TRACK_ERROR_CODE_INVALID_NAME"] = 6;
            values[valuesById[7] = "PUBLISH_DATA_TRACK_ERROR_CODE_LIMIT_REACHED"] = 7;
            values[valuesById[8] = "PUBLISH_DATA_TRACK_ERROR_CODE_PROTOCOL_ERROR"] = 8;
            values[valuesById[9] = "PUBLISH_DATA_TRACK_ERROR_CODE_INTERNAL"] = 9;
            values[valuesById[10] = "PUBLISH_DATA_TRACK_ERROR_CODE_INVALID_SCHEMA"] = 10;
            return values;
        })();

        proto.LocalDataTrackTryPushErrorCode = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "LOCAL_DATA_TRACK_TRY_PUSH_ERROR_CODE_UNKNOWN"] = 0;
            values[valuesById[1] = "LOCAL_DATA_TRACK_TRY_PUSH_ERROR_CODE_INVALID_HANDLE"] = 1;
            values[valuesById[2] = "LOCAL_DATA_TRACK_TRY_PUSH_ERROR_CODE_TRACK_UNPUBLISHED"] = 2;
            values[valuesById[3] = "LOCAL_DATA_TRACK_TRY_PUSH_ERROR_CODE_QUEUE_FULL"] = 3;
            values[valuesById[4] = "LOCAL_DATA_TRACK_TRY_PUSH_ERROR_CODE_INTERNAL"] = 4;
            return values;
        })();

        proto.SubscribeDataTrackErrorCode = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "SUBSCRIBE_DATA_TRACK_ERROR_CODE_UNKNOWN"] = 0;
            values[valuesById[1] = "SUBSCRIBE_DATA_TRACK_ERROR_CODE_INVALID_HANDLE"] = 1;
            values[valuesById[2] = "SUBSCRIBE_DATA_TRACK_ERROR_CODE_UNPUBLISHED"] = 2;
            values[valuesById[3] = "SUBSCRIBE_DATA_TRACK_ERROR_CODE_TIMEOUT"] = 3;
            values[valuesById[4] = "SUBSCRIBE_DATA_TRACK_ERROR_CODE_DISCONNECTED"] = 4;
            values[valuesById[5] = "SUBSCRIBE_DATA_TRACK_ERROR_CODE_PROTOCOL_ERROR"] = 5;
            values[valuesById[6] = "SUBSCRIBE_DATA_TRACK_ERROR_CODE_INTERNAL"] = 6;
            return values;
        })();

        proto.DataTrackInfo = (function() {

            const DataTrackInfo = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            DataTrackInfo.prototype.name = "";
            DataTrackInfo.prototype.sid = "";
            DataTrackInfo.prototype.usesE2ee = false;
            DataTrackInfo.prototype.schema = null;
            DataTrackInfo.prototype.frameEncoding = null;

            DataTrackInfo.create = function(properties) {
                return new DataTrackInfo(properties);
            };

            DataTrackInfo.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                writer.uint32(10).string(message.name);
                writer.uint32(18).string(message.sid);
                writer.uint32(24).bool(message.usesE2ee);
                if (message.schema != null && $Object.hasOwnProperty.call(message, "schema"))
                    $root.livekit.proto.DataTrackSchemaId.encode(message.schema, writer.uint32(34).fork(), _depth + 1).ldelim();
                if (message.frameEncoding != null && $Object.hasOwnProperty.call(message, "frameEncoding"))
                    $root.livekit.proto.DataTrackFrameEncoding.encode(message.frameEncoding, writer.uint32(42).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            DataTrackInfo.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.livekit.proto.DataTrackInfo();
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
                            message.name = reader.string();
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.sid = reader.string();
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            message.usesE2ee = reader.bool();
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.schema = $root.livekit.proto.DataTrackSchemaId.decode(reader, reader.size(), $undefined, _depth + 1, message.schema);
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.frameEncoding = $root.livekit.proto.DataTrackFrameEncoding.decode(reader, reader.size(), $undefined, _depth + 1, message.frameEncoding);
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
                if (!$Object.hasOwnProperty.call(message, "name"))
                    throw $util.ProtocolError("missing required 'name'", { instance: message });
                if (!$Object.hasOwnProperty.call(message, "sid"))
                    throw $util.ProtocolError("missing required 'sid'", { instance: message });
                if (!$Object.hasOwnProperty.call(message, "usesE2ee"))
                    throw $util.ProtocolError("missing required 'usesE2ee'", { instance: message });
                return message;
            };

            DataTrackInfo.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (!$util.isString(message.name))
                    return "name: string expected";
                if (!$util.isString(message.sid))
                    return "sid: string expected";
                if (typeof message.usesE2ee !== "boolean")
                    return "usesE2ee: boolean expected";
                if (message.schema != null && $Object.hasOwnProperty.call(message, "schema")) {
                    let error = $root.livekit.proto.DataTrackSchemaId.verify(message.schema, _depth + 1);
                    if (error)
                        return "schema." + error;
                }
                if (message.frameEncoding != null && $Object.hasOwnProperty.call(message, "frameEncoding")) {
                    let error = $root.livekit.proto.DataTrackFrameEncoding.verify(message.frameEncoding, _depth + 1);
                    if (error)
                        return "frameEncoding." + error;
                }
                return null;
            };

            DataTrackInfo.fromObject = function (object, _depth) {
                if (object instanceof $root.livekit.proto.DataTrackInfo)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".livekit.proto.DataTrackInfo: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.livekit.proto.DataTrackInfo();
                if (object.name != null)
                    message.name = $String(object.name);
                if (object.sid != null)
                    message.sid = $String(object.sid);
                if (object.usesE2ee != null)
                    message.usesE2ee = $Boolean(object.usesE2ee);
                if (object.schema != null) {
                    if (!$util.isObject(object.schema))
                        throw $TypeError(".livekit.proto.DataTrackInfo.schema: object expected");
                    message.schema = $root.livekit.proto.DataTrackSchemaId.fromObject(object.schema, _depth + 1);
                }
                if (object.frameEncoding != null) {
                    if (!$util.isObject(object.frameEncoding))
                        throw $TypeError(".livekit.proto.DataTrackInfo.frameEncoding: object expected");
                    message.frameEncoding = $root.livekit.proto.DataTrackFrameEncoding.fromObject(object.frameEncoding, _depth + 1);
                }
                return message;
            };

            DataTrackInfo.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.name = "";
                    object.sid = "";
                    object.usesE2ee = false;
                    object.schema = null;
                    object.frameEncoding = null;
                }
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.sid != null && $Object.hasOwnProperty.call(message, "sid"))
                    object.sid = message.sid;
                if (message.usesE2ee != null && $Object.hasOwnProperty.call(message, "usesE2ee"))
                    object.usesE2ee = message.usesE2ee;
                if (message.schema != null && $Object.hasOwnProperty.call(message, "schema"))
                    object.schema = $root.livekit.proto.DataTrackSchemaId.toObject(message.schema, options, _depth + 1);
                if (message.frameEncoding != null && $Object.hasOwnProperty.call(message, "frameEncoding"))
                    object.frameEncoding = $root.livekit.proto.DataTrackFrameEncoding.toObject(message.frameEncoding, options, _depth + 1);
                return object;
            };

            DataTrackInfo.prototype.toJSON = function() {
                return DataTrackInfo.toObject(this, $protobuf.util.toJSONOptions);
            };

            return DataTrackInfo;
        })();

        proto.DataTrackFrame = (function() {

            const DataTrackFrame = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            DataTrackFrame.prototype.payload = $util.newBuffer([]);
            DataTrackFrame.prototype.userTimestamp = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            DataTrackFrame.create = function(properties) {
                return new DataTrackFrame(properties);
            };

            DataTrackFrame.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                writer.uint32(10).bytes(message.payload);
                if (message.userTimestamp != null && $Object.hasOwnProperty.call(message, "userTimestamp"))
                    writer.uint32(16).uint64(message.userTimestamp);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            DataTrackFrame.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.livekit.proto.DataTrackFrame();
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
                            message.payload = reader.bytes();
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            message.userTimestamp = reader.uint64();
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
                if (!$Object.hasOwnProperty.call(message, "payload"))
                    throw $util.ProtocolError("missing required 'payload'", { instance: message });
                return message;
            };

            DataTrackFrame.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (!(message.payload && typeof message.payload.length === "number" || $util.isString(message.payload)))
                    return "payload: buffer expected";
                if (message.userTimestamp != null && $Object.hasOwnProperty.call(message, "userTimestamp"))
                    if (!$util.isInteger(message.userTimestamp) && !(message.userTimestamp && $util.isInteger(message.userTimestamp.low) && $util.isInteger(message.userTimestamp.high)))
                        return "userTimestamp: integer|Long expected";
                return null;
            };

            DataTrackFrame.fromObject = function (object, _depth) {
                if (object instanceof $root.livekit.proto.DataTrackFrame)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".livekit.proto.DataTrackFrame: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.livekit.proto.DataTrackFrame();
                if (object.payload != null)
                    if (typeof object.payload === "string")
                        $util.base64.decode(object.payload, message.payload = $util.newBuffer($util.base64.length(object.payload)), 0);
                    else if (object.payload.length >= 0)
                        message.payload = object.payload;
                if (object.userTimestamp != null)
                    if ($util.Long)
                        message.userTimestamp = $util.Long.fromValue(object.userTimestamp, true);
                    else if (typeof object.userTimestamp === "string")
                        message.userTimestamp = $parseInt(object.userTimestamp, 10);
                    else if (typeof object.userTimestamp === "number")
                        message.userTimestamp = object.userTimestamp;
                    else if (typeof object.userTimestamp === "object")
                        message.userTimestamp = new $util.LongBits(object.userTimestamp.low >>> 0, object.userTimestamp.high >>> 0).toNumber(true);
                return message;
            };

            DataTrackFrame.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if (options.bytes === $String)
                        object.payload = "";
                    else {
                        object.payload = [];
                        if (options.bytes !== $Array)
                            object.payload = $util.newBuffer(object.payload);
                    }
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.userTimestamp = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.userTimestamp = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.payload != null && $Object.hasOwnProperty.call(message, "payload"))
                    object.payload = options.bytes === $String ? $util.base64.encode(message.payload, 0, message.payload.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.payload) : message.payload;
                if (message.userTimestamp != null && $Object.hasOwnProperty.call(message, "userTimestamp"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.userTimestamp = typeof message.userTimestamp === "number" ? $BigInt(message.userTimestamp) : $util.Long.fromBits(message.userTimestamp.low >>> 0, message.userTimestamp.high >>> 0, true).toBigInt();
                    else if (typeof message.userTimestamp === "number")
                        object.userTimestamp = options.longs === $String ? $String(message.userTimestamp) : message.userTimestamp;
                    else
                        object.userTimestamp = options.longs === $String ? $util.Long.prototype.toString.call(message.userTimestamp) : options.longs === $Number ? new $util.LongBits(message.userTimestamp.low >>> 0, message.userTimestamp.high >>> 0).toNumber(true) : message.userTimestamp;
                return object;
            };

            DataTrackFrame.prototype.toJSON = function() {
                return DataTrackFrame.toObject(this, $protobuf.util.toJSONOptions);
            };

            return DataTrackFrame;
        })();

        proto.DataTrackError = (function() {

            const DataTrackError = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            DataTrackError.prototype.code = 0;
            DataTrackError.prototype.message = "";

            DataTrackError.create = function(properties) {
                return new DataTrackError(properties);
            };

            DataTrackError.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                writer.uint32(8).int32(message.code);
                writer.uint32(18).string(message.message);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            DataTrackError.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.livekit.proto.DataTrackError();
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
                            value = reader.int32();
                            if ($root.livekit.proto.DataTrackErrorCode[value] !== $undefined)
                                message.code = value;
                            else if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.message = reader.string();
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
                if (!$Object.hasOwnProperty.call(message, "code"))
                    throw $util.ProtocolError("missing required 'code'", { instance: message });
                if (!$Object.hasOwnProperty.call(message, "message"))
                    throw $util.ProtocolError("missing required 'message'", { instance: message });
                return message;
            };

            DataTrackError.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                switch (message.code) {
                default:
                    return "code: enum value expected";
                case 0:
                case 1:
                case 2:
                case 3:
                case 4:
                case 5:
                case 6:
                case 7:
                case 8:
                    break;
                }
                if (!$util.isString(message.message))
                    return "message: string expected";
                return null;
            };

            DataTrackError.fromObject = function (object, _depth) {
                if (object instanceof $root.livekit.proto.DataTrackError)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".livekit.proto.DataTrackError: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.livekit.proto.DataTrackError();
                switch (object.code) {
                case "DATA_TRACK_ERROR_CODE_UNKNOWN":
                case 0:
                    message.code = 0;
                    break;
                case "DATA_TRACK_ERROR_CODE_INVALID_HANDLE":
                case 1:
                    message.code = 1;
                    break;
                case "DATA_TRACK_ERROR_CODE_DUPLICATE_TRACK_NAME":
                case 2:
                    message.code = 2;
                    break;
                case "DATA_TRACK_ERROR_CODE_TRACK_UNPUBLISHED":
                case 3:
                    message.code = 3;
                    break;
                case "DATA_TRACK_ERROR_CODE_BUFFER_FULL":
                case 4:
                    message.code = 4;
                    break;
                case "DATA_TRACK_ERROR_CODE_SUBSCRIPTION_CLOSED":
                case 5:
                    message.code = 5;
                    break;
                case "DATA_TRACK_ERROR_CODE_CANCELLED":
                case 6:
                    message.code = 6;
                    break;
                case "DATA_TRACK_ERROR_CODE_PROTOCOL_ERROR":
                case 7:
                    message.code = 7;
                    break;
                case "DATA_TRACK_ERROR_CODE_INTERNAL":
                case 8:
                    message.code = 8;
                    break;
                default:
                }
                if (object.message != null)
                    message.message = $String(object.message);
                return message;
            };

            DataTrackError.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.code = options.enums === $String ? "DATA_TRACK_ERROR_CODE_UNKNOWN" : 0;
                    object.message = "";
                }
                if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
                    object.code = options.enums === $String ? $root.livekit.proto.DataTrackErrorCode[message.code] === $undefined ? message.code : $root.livekit.proto.DataTrackErrorCode[message.code] : message.code;
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    object.message = message.message;
                return object;
            };

            DataTrackError.prototype.toJSON = function() {
                return DataTrackError.toObject(this, $protobuf.util.toJSONOptions);
            };

            return DataTrackError;
        })();

        proto.PublishDataTrackError = (function() {

            const PublishDataTrackError = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            PublishDataTrackError.prototype.code = 0;
            PublishDataTrackError.prototype.message = "";

            PublishDataTrackError.create = function(properties) {
                return new PublishDataTrackError(properties);
            };

            PublishDataTrackError.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                writer.uint32(8).int32(message.code);
                writer.uint32(18).string(message.message);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            PublishDataTrackError.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.livekit.proto.PublishDataTrackError();
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
                            value = reader.int32();
                            if ($root.livekit.proto.PublishDataTrackErrorCode[value] !== $undefined)
                                message.code = value;
                            else if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.message = reader.string();
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
                if (!$Object.hasOwnProperty.call(message, "code"))
                    throw $util.ProtocolError("missing required 'code'", { instance: message });
                if (!$Object.hasOwnProperty.call(message, "message"))
                    throw $util.ProtocolError("missing required 'message'", { instance: message });
                return message;
            };

            PublishDataTrackError.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                switch (message.code) {
                default:
                    return "code: enum value expected";
                case 0:
                case 1:
                case 2:
                case 3:
                case 4:
                case 5:
                case 6:
                case 7:
                case 8:
                case 9:
                case 10:
                    break;
                }
                if (!$util.isString(message.message))
                    return "message: string expected";
                return null;
            };

            PublishDataTrackError.fromObject = function (object, _depth) {
                if (object instanceof $root.livekit.proto.PublishDataTrackError)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".livekit.proto.PublishDataTrackError: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.livekit.proto.PublishDataTrackError();
                switch (object.code) {
                case "PUBLISH_DATA_TRACK_ERROR_CODE_UNKNOWN":
                case 0:
                    message.code = 0;
                    break;
                case "PUBLISH_DATA_TRACK_ERROR_CODE_INVALID_HANDLE":
                case 1:
                    message.code = 1;
                    break;
                case "PUBLISH_DATA_TRACK_ERROR_CODE_DUPLICATE_NAME":
                case 2:
                    message.code = 2;
                    break;
                case "PUBLISH_DATA_TRACK_ERROR_CODE_TIMEOUT":
                case 3:
                    message.code = 3;
                    break;
                case "PUBLISH_DATA_TRACK_ERROR_CODE_DISCONNECTED":
                case 4:
                    message.code = 4;
                    break;
                case "PUBLISH_DATA_TRACK_ERROR_CODE_NOT_ALLOWED":
                case 5:
                    message.code = 5;
                    break;
                case "PUBLISH_DATA_TRACK_ERROR_CODE_INVALID_NAME":
                case 6:
                    message.code = 6;
                    break;
                case "PUBLISH_DATA_TRACK_ERROR_CODE_LIMIT_REACHED":
                case 7:
                    message.code = 7;
                    break;
                case "PUBLISH_DATA_TRACK_ERROR_CODE_PROTOCOL_ERROR":
                case 8:
                    message.code = 8;
                    break;
                case "PUBLISH_DATA_TRACK_ERROR_CODE_INTERNAL":
                case 9:
                    message.code = 9;
                    break;
                case "PUBLISH_DATA_TRACK_ERROR_CODE_INVALID_SCHEMA":
                case 10:
                    message.code = 10;
                    break;
                default:
                }
                if (object.message != null)
                    message.message = $String(object.message);
                return message;
            };

            PublishDataTrackError.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.code = options.enums === $String ? "PUBLISH_DATA_TRACK_ERROR_CODE_UNKNOWN" : 0;
                    object.message = "";
                }
                if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
                    object.code = options.enums === $String ? $root.livekit.proto.PublishDataTrackErrorCode[message.code] === $undefined ? message.code : $root.livekit.proto.PublishDataTrackErrorCode[message.code] : message.code;
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    object.message = message.message;
                return object;
            };

            PublishDataTrackError.prototype.toJSON = function() {
                return PublishDataTrackError.toObject(this, $protobuf.util.toJSONOptions);
            };

            return PublishDataTrackError;
        })();

        proto.LocalDataTrackTryPushError = (function() {

            const LocalDataTrackTryPushError = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            LocalDataTrackTryPushError.prototype.code = 0;
            LocalDataTrackTryPushError.prototype.message = "";

            LocalDataTrackTryPushError.create = function(properties) {
                return new LocalDataTrackTryPushError(properties);
            };

            LocalDataTrackTryPushError.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                writer.uint32(8).int32(message.code);
                writer.uint32(18).string(message.message);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            LocalDataTrackTryPushError.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.livekit.proto.LocalDataTrackTryPushError();
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
                            value = reader.int32();
                            if ($root.livekit.proto.LocalDataTrackTryPushErrorCode[value] !== $undefined)
                                message.code = value;
                            else if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.message = reader.string();
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
                if (!$Object.hasOwnProperty.call(message, "code"))
                    throw $util.ProtocolError("missing required 'code'", { instance: message });
                if (!$Object.hasOwnProperty.call(message, "message"))
                    throw $util.ProtocolError("missing required 'message'", { instance: message });
                return message;
            };

            LocalDataTrackTryPushError.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                switch (message.code) {
                default:
                    return "code: enum value expected";
                case 0:
                case 1:
                case 2:
                case 3:
                case 4:
                    break;
                }
                if (!$util.isString(message.message))
                    return "message: string expected";
                return null;
            };

            LocalDataTrackTryPushError.fromObject = function (object, _depth) {
                if (object instanceof $root.livekit.proto.LocalDataTrackTryPushError)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".livekit.proto.LocalDataTrackTryPushError: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.livekit.proto.LocalDataTrackTryPushError();
                switch (object.code) {
                case "LOCAL_DATA_TRACK_TRY_PUSH_ERROR_CODE_UNKNOWN":
                case 0:
                    message.code = 0;
                    break;
                case "LOCAL_DATA_TRACK_TRY_PUSH_ERROR_CODE_INVALID_HANDLE":
                case 1:
                    message.code = 1;
                    break;
                case "LOCAL_DATA_TRACK_TRY_PUSH_ERROR_CODE_TRACK_UNPUBLISHED":
                case 2:
                    message.code = 2;
                    break;
                case "LOCAL_DATA_TRACK_TRY_PUSH_ERROR_CODE_QUEUE_FULL":
                case 3:
                    message.code = 3;
                    break;
                case "LOCAL_DATA_TRACK_TRY_PUSH_ERROR_CODE_INTERNAL":
                case 4:
                    message.code = 4;
                    break;
                default:
                }
                if (object.message != null)
                    message.message = $String(object.message);
                return message;
            };

            LocalDataTrackTryPushError.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.code = options.enums === $String ? "LOCAL_DATA_TRACK_TRY_PUSH_ERROR_CODE_UNKNOWN" : 0;
                    object.message = "";
                }
                if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
                    object.code = options.enums === $String ? $root.livekit.proto.LocalDataTrackTryPushErrorCode[message.code] === $undefined ? message.code : $root.livekit.proto.LocalDataTrackTryPushErrorCode[message.code] : message.code;
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    object.message = message.message;
                return object;
            };

            LocalDataTrackTryPushError.prototype.toJSON = function() {
                return LocalDataTrackTryPushError.toObject(this, $protobuf.util.toJSONOptions);
            };

            return LocalDataTrackTryPushError;
        })();

        proto.SubscribeDataTrackError = (function() {

            const SubscribeDataTrackError = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            SubscribeDataTrackError.prototype.code = 0;
            SubscribeDataTrackError.prototype.message = "";

            SubscribeDataTrackError.create = function(properties) {
                return new SubscribeDataTrackError(properties);
            };

            SubscribeDataTrackError.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                writer.uint32(8).int32(message.code);
                writer.uint32(18).string(message.message);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            SubscribeDataTrackError.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.livekit.proto.SubscribeDataTrackError();
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
                            value = reader.int32();
                            if ($root.livekit.proto.SubscribeDataTrackErrorCode[value] !== $undefined)
                                message.code = value;
                            else if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.message = reader.string();
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
                if (!$Object.hasOwnProperty.call(message, "code"))
                    throw $util.ProtocolError("missing required 'code'", { instance: message });
                if (!$Object.hasOwnProperty.call(message, "message"))
                    throw $util.ProtocolError("missing required 'message'", { instance: message });
                return message;
            };

            SubscribeDataTrackError.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                switch (message.code) {
                default:
                    return "code: enum value expected";
                case 0:
                case 1:
                case 2:
                case 3:
                case 4:
                case 5:
                case 6:
                    break;
                }
                if (!$util.isString(message.message))
                    return "message: string expected";
                return null;
            };

            SubscribeDataTrackError.fromObject = function (object, _depth) {
                if (object instanceof $root.livekit.proto.SubscribeDataTrackError)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".livekit.proto.SubscribeDataTrackError: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.livekit.proto.SubscribeDataTrackError();
                switch (object.code) {
                case "SUBSCRIBE_DATA_TRACK_ERROR_CODE_UNKNOWN":
                case 0:
                    message.code = 0;
                    break;
                case "SUBSCRIBE_DATA_TRACK_ERROR_CODE_INVALID_HANDLE":
                case 1:
                    message.code = 1;
                    break;
                case "SUBSCRIBE_DATA_TRACK_ERROR_CODE_UNPUBLISHED":
                case 2:
                    message.code = 2;
                    break;
                case "SUBSCRIBE_DATA_TRACK_ERROR_CODE_TIMEOUT":
                case 3:
                    message.code = 3;
                    break;
                case "SUBSCRIBE_DATA_TRACK_ERROR_CODE_DISCONNECTED":
                case 4:
                    message.code = 4;
                    break;
                case "SUBSCRIBE_DATA_TRACK_ERROR_CODE_PROTOCOL_ERROR":
                case 5:
                    message.code = 5;
                    break;
                case "SUBSCRIBE_DATA_TRACK_ERROR_CODE_INTERNAL":
                case 6:
                    message.code = 6;
                    break;
                default:
                }
                if (object.message != null)
                    message.message = $String(object.message);
                return message;
            };

            SubscribeDataTrackError.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.code = options.enums === $String ? "SUBSCRIBE_DATA_TRACK_ERROR_CODE_UNKNOWN" : 0;
                    object.message = "";
                }
                if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
                    object.code = options.enums === $String ? $root.livekit.proto.SubscribeDataTrackErrorCode[message.code] === $undefined ? message.code : $root.livekit.proto.SubscribeDataTrackErrorCode[message.code] : message.code;
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    object.message = message.message;
                return object;
            };

            SubscribeDataTrackError.prototype.toJSON = function() {
                return SubscribeDataTrackError.toObject(this, $protobuf.util.toJSONOptions);
            };

            return SubscribeDataTrackError;
        })();

        proto.DataTrackOptions = (function() {

            const DataTrackOptions = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            DataTrackOptions.prototype.name = "";
            DataTrackOptions.prototype.schema = null;
            DataTrackOptions.prototype.frameEncoding = null;

            DataTrackOptions.create = function(properties) {
                return new DataTrackOptions(properties);
            };

            DataTrackOptions.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                writer.uint32(10).string(message.name);
                if (message.schema != null && $Object.hasOwnProperty.call(message, "schema"))
                    $root.livekit.proto.DataTrackSchemaId.encode(message.schema, writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.frameEncoding != null && $Object.hasOwnProperty.call(message, "frameEncoding"))
                    $root.livekit.proto.DataTrackFrameEncoding.encode(message.frameEncoding, writer.uint32(26).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            DataTrackOptions.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.livekit.proto.DataTrackOptions();
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
                            message.name = reader.string();
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.schema = $root.livekit.proto.DataTrackSchemaId.decode(reader, reader.size(), $undefined, _depth + 1, message.schema);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.frameEncoding = $root.livekit.proto.DataTrackFrameEncoding.decode(reader, reader.size(), $undefined, _depth + 1, message.frameEncoding);
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
                if (!$Object.hasOwnProperty.call(message, "name"))
                    throw $util.ProtocolError("missing required 'name'", { instance: message });
                return message;
            };

            DataTrackOptions.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (!$util.isString(message.name))
                    return "name: string expected";
                if (message.schema != null && $Object.hasOwnProperty.call(message, "schema")) {
                    let error = $root.livekit.proto.DataTrackSchemaId.verify(message.schema, _depth + 1);
                    if (error)
                        return "schema." + error;
                }
                if (message.frameEncoding != null && $Object.hasOwnProperty.call(message, "frameEncoding")) {
                    let error = $root.livekit.proto.DataTrackFrameEncoding.verify(message.frameEncoding, _depth + 1);
                    if (error)
                        return "frameEncoding." + error;
                }
                return null;
            };

            DataTrackOptions.fromObject = function (object, _depth) {
                if (object instanceof $root.livekit.proto.DataTrackOptions)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".livekit.proto.DataTrackOptions: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.livekit.proto.DataTrackOptions();
                if (object.name != null)
                    message.name = $String(object.name);
                if (object.schema != null) {
                    if (!$util.isObject(object.schema))
                        throw $TypeError(".livekit.proto.DataTrackOptions.schema: object expected");
                    message.schema = $root.livekit.proto.DataTrackSchemaId.fromObject(object.schema, _depth + 1);
                }
                if (object.frameEncoding != null) {
                    if (!$util.isObject(object.frameEncoding))
                        throw $TypeError(".livekit.proto.DataTrackOptions.frameEncoding: object expected");
                    message.frameEncoding = $root.livekit.proto.DataTrackFrameEncoding.fromObject(object.frameEncoding, _depth + 1);
                }
                return message;
            };

            DataTrackOptions.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.name = "";
                    object.schema = null;
                    object.frameEncoding = null;
                }
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.schema != null && $Object.hasOwnProperty.call(message, "schema"))
                    object.schema = $root.livekit.proto.DataTrackSchemaId.toObject(message.schema, options, _depth + 1);
                if (message.frameEncoding != null && $Object.hasOwnProperty.call(message, "frameEncoding"))
                    object.frameEncoding = $root.livekit.proto.DataTrackFrameEncoding.toObject(message.frameEncoding, options, _depth + 1);
                return object;
            };

            DataTrackOptions.prototype.toJSON = function() {
                return DataTrackOptions.toObject(this, $protobuf.util.toJSONOptions);
            };

            return DataTrackOptions;
        })();

        proto.PublishDataTrackRequest = (function() {

            const PublishDataTrackRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            PublishDataTrackRequest.prototype.localParticipantHandle = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            PublishDataTrackRequest.prototype.options = null;
            PublishDataTrackRequest.prototype.requestAsyncId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            PublishDataTrackRequest.create = function(properties) {
                return new PublishDataTrackRequest(properties);
            };

            PublishDataTrackRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                writer.uint32(8).uint64(message.localParticipantHandle);
                $root.livekit.proto.DataTrackOptions.encode(message.options, writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.requestAsyncId != null && $Object.hasOwnProperty.call(message, "requestAsyncId"))
                    writer.uint32(24).uint64(message.requestAsyncId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            PublishDataTrackRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.livekit.proto.PublishDataTrackRequest();
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
                            message.localParticipantHandle = reader.uint64();
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.options = $root.livekit.proto.DataTrackOptions.decode(reader, reader.size(), $undefined, _depth + 1, message.options);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            message.requestAsyncId = reader.uint64();
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
                if (!$Object.hasOwnProperty.call(message, "localParticipantHandle"))
                    throw $util.ProtocolError("missing required 'localParticipantHandle'", { instance: message });
                if (!$Object.hasOwnProperty.call(message, "options"))
                    throw $util.ProtocolError("missing required 'options'", { instance: message });
                return message;
            };

            PublishDataTrackRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (!$util.isInteger(message.localParticipantHandle) && !(message.localParticipantHandle && $util.isInteger(message.localParticipantHandle.low) && $util.isInteger(message.localParticipantHandle.high)))
                    return "localParticipantHandle: integer|Long expected";
                {
                    let error = $root.livekit.proto.DataTrackOptions.verify(message.options, _depth + 1);
                    if (error)
                        return "options." + error;
                }
                if (message.requestAsyncId != null && $Object.hasOwnProperty.call(message, "requestAsyncId"))
                    if (!$util.isInteger(message.requestAsyncId) && !(message.requestAsyncId && $util.isInteger(message.requestAsyncId.low) && $util.isInteger(message.requestAsyncId.high)))
                        return "requestAsyncId: integer|Long expected";
                return null;
            };

            PublishDataTrackRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.livekit.proto.PublishDataTrackRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".livekit.proto.PublishDataTrackRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.livekit.proto.PublishDataTrackRequest();
                if (object.localParticipantHandle != null)
                    if ($util.Long)
                        message.localParticipantHandle = $util.Long.fromValue(object.localParticipantHandle, true);
                    else if (typeof object.localParticipantHandle === "string")
                        message.localParticipantHandle = $parseInt(object.localParticipantHandle, 10);
                    else if (typeof object.localParticipantHandle === "number")
                        message.localParticipantHandle = object.localParticipantHandle;
                    else if (typeof object.localParticipantHandle === "object")
                        message.localParticipantHandle = new $util.LongBits(object.localParticipantHandle.low >>> 0, object.localParticipantHandle.high >>> 0).toNumber(true);
                if (object.options != null) {
                    if (!$util.isObject(object.options))
                        throw $TypeError(".livekit.proto.PublishDataTrackRequest.options: object expected");
                    message.options = $root.livekit.proto.DataTrackOptions.fromObject(object.options, _depth + 1);
                }
                if (object.requestAsyncId != null)
                    if ($util.Long)
                        message.requestAsyncId = $util.Long.fromValue(object.requestAsyncId, true);
                    else if (typeof object.requestAsyncId === "string")
                        message.requestAsyncId = $parseInt(object.requestAsyncId, 10);
                    else if (typeof object.requestAsyncId === "number")
                        message.requestAsyncId = object.requestAsyncId;
                    else if (typeof object.requestAsyncId === "object")
                        message.requestAsyncId = new $util.LongBits(object.requestAsyncId.low >>> 0, object.requestAsyncId.high >>> 0).toNumber(true);
                return message;
            };

            PublishDataTrackRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.localParticipantHandle = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.localParticipantHandle = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.options = null;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.requestAsyncId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.requestAsyncId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.localParticipantHandle != null && $Object.hasOwnProperty.call(message, "localParticipantHandle"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.localParticipantHandle = typeof message.localParticipantHandle === "number" ? $BigInt(message.localParticipantHandle) : $util.Long.fromBits(message.localParticipantHandle.low >>> 0, message.localParticipantHandle.high >>> 0, true).toBigInt();
                    else if (typeof message.localParticipantHandle === "number")
                        object.localParticipantHandle = options.longs === $String ? $String(message.localParticipantHandle) : message.localParticipantHandle;
                    else
                        object.localParticipantHandle = options.longs === $String ? $util.Long.prototype.toString.call(message.localParticipantHandle) : options.longs === $Number ? new $util.LongBits(message.localParticipantHandle.low >>> 0, message.localParticipantHandle.high >>> 0).toNumber(true) : message.localParticipantHandle;
                if (message.options != null && $Object.hasOwnProperty.call(message, "options"))
                    object.options = $root.livekit.proto.DataTrackOptions.toObject(message.options, options, _depth + 1);
                if (message.requestAsyncId != null && $Object.hasOwnProperty.call(message, "requestAsyncId"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.requestAsyncId = typeof message.requestAsyncId === "number" ? $BigInt(message.requestAsyncId) : $util.Long.fromBits(message.requestAsyncId.low >>> 0, message.requestAsyncId.high >>> 0, true).toBigInt();
                    else if (typeof message.requestAsyncId === "number")
                        object.requestAsyncId = options.longs === $String ? $String(message.requestAsyncId) : message.requestAsyncId;
                    else
                        object.requestAsyncId = options.longs === $String ? $util.Long.prototype.toString.call(message.requestAsyncId) : options.longs === $Number ? new $util.LongBits(message.requestAsyncId.low >>> 0, message.requestAsyncId.high >>> 0).toNumber(true) : message.requestAsyncId;
                return object;
            };

            PublishDataTrackRequest.prototype.toJSON = function() {
                return PublishDataTrackRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            return PublishDataTrackRequest;
        })();

        proto.PublishDataTrackResponse = (function() {

            const PublishDataTrackResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            PublishDataTrackResponse.prototype.asyncId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            PublishDataTrackResponse.create = function(properties) {
                return new PublishDataTrackResponse(properties);
            };

            PublishDataTrackResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                writer.uint32(8).uint64(message.asyncId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            PublishDataTrackResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.livekit.proto.PublishDataTrackResponse();
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
                            message.asyncId = reader.uint64();
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
                if (!$Object.hasOwnProperty.call(message, "asyncId"))
                    throw $util.ProtocolError("missing required 'asyncId'", { instance: message });
                return message;
            };

            PublishDataTrackResponse.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (!$util.isInteger(message.asyncId) && !(message.asyncId && $util.isInteger(message.asyncId.low) && $util.isInteger(message.asyncId.high)))
                    return "asyncId: integer|Long expected";
                return null;
            };

            PublishDataTrackResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.livekit.proto.PublishDataTrackResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".livekit.proto.PublishDataTrackResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.livekit.proto.PublishDataTrackResponse();
                if (object.asyncId != null)
                    if ($util.Long)
                        message.asyncId = $util.Long.fromValue(object.asyncId, true);
                    else if (typeof object.asyncId === "string")
                        message.asyncId = $parseInt(object.asyncId, 10);
                    else if (typeof object.asyncId === "number")
                        message.asyncId = object.asyncId;
                    else if (typeof object.asyncId === "object")
                        message.asyncId = new $util.LongBits(object.asyncId.low >>> 0, object.asyncId.high >>> 0).toNumber(true);
                return message;
            };

            PublishDataTrackResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.asyncId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.asyncId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if (message.asyncId != null && $Object.hasOwnProperty.call(message, "asyncId"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.asyncId = typeof message.asyncId === "number" ? $BigInt(message.asyncId) : $util.Long.fromBits(message.asyncId.low >>> 0, message.asyncId.high >>> 0, true).toBigInt();
                    else if (typeof message.asyncId === "number")
                        object.asyncId = options.longs === $String ? $String(message.asyncId) : message.asyncId;
                    else
                        object.asyncId = options.longs === $String ? $util.Long.prototype.toString.call(message.asyncId) : options.longs === $Number ? new $util.LongBits(message.asyncId.low >>> 0, message.asyncId.high >>> 0).toNumber(true) : message.asyncId;
                return object;
            };

            PublishDataTrackResponse.prototype.toJSON = function() {
                return PublishDataTrackResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            return PublishDataTrackResponse;
        })();

        proto.PublishDataTrackCallback = (function() {

            const PublishDataTrackCallback = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            PublishDataTrackCallback.prototype.asyncId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            PublishDataTrackCallback.prototype.track = null;
            PublishDataTrackCallback.prototype.error = null;

            let $oneOfFields;

            $Object.defineProperty(PublishDataTrackCallback.prototype, "result", {
                get: $util.oneOfGetter($oneOfFields = ["track", "error"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            PublishDataTrackCallback.create = function(properties) {
                return new PublishDataTrackCallback(properties);
            };

            PublishDataTrackCallback.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                writer.uint32(8).uint64(message.asyncId);
                if (message.track != null && $Object.hasOwnProperty.call(message, "track"))
                    $root.livekit.proto.OwnedLocalDataTrack.encode(message.track, writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    $root.livekit.proto.PublishDataTrackError.encode(message.error, writer.uint32(26).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            PublishDataTrackCallback.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.livekit.proto.PublishDataTrackCallback();
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
                            message.asyncId = reader.uint64();
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.track = $root.livekit.proto.OwnedLocalDataTrack.decode(reader, reader.size(), $undefined, _depth + 1, message.track);
                            message.result = "track";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.error = $root.livekit.proto.PublishDataTrackError.decode(reader, reader.size(), $undefined, _depth + 1, message.error);
                            message.result = "error";
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
                if (!$Object.hasOwnProperty.call(message, "asyncId"))
                    throw $util.ProtocolError("missing required 'asyncId'", { instance: message });
                return message;
            };

            PublishDataTrackCallback.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (!$util.isInteger(message.asyncId) && !(message.asyncId && $util.isInteger(message.asyncId.low) && $util.isInteger(message.asyncId.high)))
                    return "asyncId: integer|Long expected";
                if (message.track != null && $Object.hasOwnProperty.call(message, "track")) {
                    properties.result = 1;
                    {
                        let error = $root.livekit.proto.OwnedLocalDataTrack.verify(message.track, _depth + 1);
                        if (error)
                            return "track." + error;
                    }
                }
                if (message.error != null && $Object.hasOwnProperty.call(message, "error")) {
                    if (properties.result === 1)
                        return "result: multiple values";
                    properties.result = 1;
                    {
                        let error = $root.livekit.proto.PublishDataTrackError.verify(message.error, _depth + 1);
                        if (error)
                            return "error." + error;
                    }
                }
                return null;
            };

            PublishDataTrackCallback.fromObject = function (object, _depth) {
                if (object instanceof $root.livekit.proto.PublishDataTrackCallback)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".livekit.proto.PublishDataTrackCallback: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.livekit.proto.PublishDataTrackCallback();
                if (object.asyncId != null)
                    if ($util.Long)
                        message.asyncId = $util.Long.fromValue(object.asyncId, true);
                    else if (typeof object.asyncId === "string")
                        message.asyncId = $parseInt(object.asyncId, 10);
                    else if (typeof object.asyncId === "number")
                        message.asyncId = object.asyncId;
                    else if (typeof object.asyncId === "object")
                        message.asyncId = new $util.LongBits(object.asyncId.low >>> 0, object.asyncId.high >>> 0).toNumber(true);
                if (object.track != null) {
                    if (!$util.isObject(object.track))
                        throw $TypeError(".livekit.proto.PublishDataTrackCallback.track: object expected");
                    message.track = $root.livekit.proto.OwnedLocalDataTrack.fromObject(object.track, _depth + 1);
                }
                if (object.error != null) {
                    if (!$util.isObject(object.error))
                        throw $TypeError(".livekit.proto.PublishDataTrackCallback.error: object expected");
                    message.error = $root.livekit.proto.PublishDataTrackError.fromObject(object.error, _depth + 1);
                }
                return message;
            };

            PublishDataTrackCallback.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.asyncId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.asyncId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if (message.asyncId != null && $Object.hasOwnProperty.call(message, "asyncId"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.asyncId = typeof message.asyncId === "number" ? $BigInt(message.asyncId) : $util.Long.fromBits(message.asyncId.low >>> 0, message.asyncId.high >>> 0, true).toBigInt();
                    else if (typeof message.asyncId === "number")
                        object.asyncId = options.longs === $String ? $String(message.asyncId) : message.asyncId;
                    else
                        object.asyncId = options.longs === $String ? $util.Long.prototype.toString.call(message.asyncId) : options.longs === $Number ? new $util.LongBits(message.asyncId.low >>> 0, message.asyncId.high >>> 0).toNumber(true) : message.asyncId;
                if (message.track != null && $Object.hasOwnProperty.call(message, "track")) {
                    object.track = $root.livekit.proto.OwnedLocalDataTrack.toObject(message.track, options, _depth + 1);
                    if (options.oneofs)
                        object.result = "track";
                }
                if (message.error != null && $Object.hasOwnProperty.call(message, "error")) {
                    object.error = $root.livekit.proto.PublishDataTrackError.toObject(message.error, options, _depth + 1);
                    if (options.oneofs)
                        object.result = "error";
                }
                return object;
            };

            PublishDataTrackCallback.prototype.toJSON = function() {
                return PublishDataTrackCallback.toObject(this, $protobuf.util.toJSONOptions);
            };

            return PublishDataTrackCallback;
        })();

        proto.OwnedLocalDataTrack = (function() {

            const OwnedLocalDataTrack = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            OwnedLocalDataTrack.prototype.handle = null;
            OwnedLocalDataTrack.prototype.info = null;

            OwnedLocalDataTrack.create = function(properties) {
                return new OwnedLocalDataTrack(properties);
            };

            OwnedLocalDataTrack.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                $root.livekit.proto.FfiOwnedHandle.encode(message.handle, writer.uint32(10).fork(), _depth + 1).ldelim();
                $root.livekit.proto.DataTrackInfo.encode(message.info, writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            OwnedLocalDataTrack.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.livekit.proto.OwnedLocalDataTrack();
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
                            message.handle = $root.livekit.proto.FfiOwnedHandle.decode(reader, reader.size(), $undefined, _depth + 1, message.handle);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.info = $root.livekit.proto.DataTrackInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.info);
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
                if (!$Object.hasOwnProperty.call(message, "handle"))
                    throw $util.ProtocolError("missing required 'handle'", { instance: message });
                if (!$Object.hasOwnProperty.call(message, "info"))
                    throw $util.ProtocolError("missing required 'info'", { instance: message });
                return message;
            };

            OwnedLocalDataTrack.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                {
                    let error = $root.livekit.proto.FfiOwnedHandle.verify(message.handle, _depth + 1);
                    if (error)
                        return "handle." + error;
                }
                {
                    let error = $root.livekit.proto.DataTrackInfo.verify(message.info, _depth + 1);
                    if (error)
                        return "info." + error;
                }
                return null;
            };

            OwnedLocalDataTrack.fromObject = function (object, _depth) {
                if (object instanceof $root.livekit.proto.OwnedLocalDataTrack)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".livekit.proto.OwnedLocalDataTrack: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.livekit.proto.OwnedLocalDataTrack();
                if (object.handle != null) {
                    if (!$util.isObject(object.handle))
                        throw $TypeError(".livekit.proto.OwnedLocalDataTrack.handle: object expected");
                    message.handle = $root.livekit.proto.FfiOwnedHandle.fromObject(object.handle, _depth + 1);
                }
                if (object.info != null) {
                    if (!$util.isObject(object.info))
                        throw $TypeError(".livekit.proto.OwnedLocalDataTrack.info: object expected");
                    message.info = $root.livekit.proto.DataTrackInfo.fromObject(object.info, _depth + 1);
                }
                return message;
            };

            OwnedLocalDataTrack.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.handle = null;
                    object.info = null;
                }
                if (message.handle != null && $Object.hasOwnProperty.call(message, "handle"))
                    object.handle = $root.livekit.proto.FfiOwnedHandle.toObject(message.handle, options, _depth + 1);
                if (message.info != null && $Object.hasOwnProperty.call(message, "info"))
                    object.info = $root.livekit.proto.DataTrackInfo.toObject(message.info, options, _depth + 1);
                return object;
            };

            OwnedLocalDataTrack.prototype.toJSON = function() {
                return OwnedLocalDataTrack.toObject(this, $protobuf.util.toJSONOptions);
            };

            return OwnedLocalDataTrack;
        })();

        proto.LocalDataTrackTryPushRequest = (function() {

            const LocalDataTrackTryPushRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            LocalDataTrackTryPushRequest.prototype.trackHandle = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            LocalDataTrackTryPushRequest.prototype.frame = null;

            LocalDataTrackTryPushRequest.create = function(properties) {
                return new LocalDataTrackTryPushRequest(properties);
            };

            LocalDataTrackTryPushRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                writer.uint32(8).uint64(message.trackHandle);
                $root.livekit.proto.DataTrackFrame.encode(message.frame, writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            LocalDataTrackTryPushRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.livekit.proto.LocalDataTrackTryPushRequest();
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
                            message.trackHandle = reader.uint64();
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.frame = $root.livekit.proto.DataTrackFrame.decode(reader, reader.size(), $undefined, _depth + 1, message.frame);
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
                if (!$Object.hasOwnProperty.call(message, "trackHandle"))
                    throw $util.ProtocolError("missing required 'trackHandle'", { instance: message });
                if (!$Object.hasOwnProperty.call(message, "frame"))
                    throw $util.ProtocolError("missing required 'frame'", { instance: message });
                return message;
            };

            LocalDataTrackTryPushRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (!$util.isInteger(message.trackHandle) && !(message.trackHandle && $util.isInteger(message.trackHandle.low) && $util.isInteger(message.trackHandle.high)))
                    return "trackHandle: integer|Long expected";
                {
                    let error = $root.livekit.proto.DataTrackFrame.verify(message.frame, _depth + 1);
                    if (error)
                        return "frame." + error;
                }
                return null;
            };

            LocalDataTrackTryPushRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.livekit.proto.LocalDataTrackTryPushRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".livekit.proto.LocalDataTrackTryPushRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.livekit.proto.LocalDataTrackTryPushRequest();
                if (object.trackHandle != null)
                    if ($util.Long)
                        message.trackHandle = $util.Long.fromValue(object.trackHandle, true);
                    else if (typeof object.trackHandle === "string")
                        message.trackHandle = $parseInt(object.trackHandle, 10);
                    else if (typeof object.trackHandle === "number")
                        message.trackHandle = object.trackHandle;
                    else if (typeof object.trackHandle === "object")
                        message.trackHandle = new $util.LongBits(object.trackHandle.low >>> 0, object.trackHandle.high >>> 0).toNumber(true);
                if (object.frame != null) {
                    if (!$util.isObject(object.frame))
                        throw $TypeError(".livekit.proto.LocalDataTrackTryPushRequest.frame: object expected");
                    message.frame = $root.livekit.proto.DataTrackFrame.fromObject(object.frame, _depth + 1);
                }
                return message;
            };

            LocalDataTrackTryPushRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.trackHandle = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.trackHandle = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.frame = null;
                }
                if (message.trackHandle != null && $Object.hasOwnProperty.call(message, "trackHandle"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.trackHandle = typeof message.trackHandle === "number" ? $BigInt(message.trackHandle) : $util.Long.fromBits(message.trackHandle.low >>> 0, message.trackHandle.high >>> 0, true).toBigInt();
                    else if (typeof message.trackHandle === "number")
                        object.trackHandle = options.longs === $String ? $String(message.trackHandle) : message.trackHandle;
                    else
                        object.trackHandle = options.longs === $String ? $util.Long.prototype.toString.call(message.trackHandle) : options.longs === $Number ? new $util.LongBits(message.trackHandle.low >>> 0, message.trackHandle.high >>> 0).toNumber(true) : message.trackHandle;
                if (message.frame != null && $Object.hasOwnProperty.call(message, "frame"))
                    object.frame = $root.livekit.proto.DataTrackFrame.toObject(message.frame, options, _depth + 1);
                return object;
            };

            LocalDataTrackTryPushRequest.prototype.toJSON = function() {
                return LocalDataTrackTryPushRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            return LocalDataTrackTryPushRequest;
        })();

        proto.LocalDataTrackTryPushResponse = (function() {

            const LocalDataTrackTryPushResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            LocalDataTrackTryPushResponse.prototype.error = null;

            LocalDataTrackTryPushResponse.create = function(properties) {
                return new LocalDataTrackTryPushResponse(properties);
            };

            LocalDataTrackTryPushResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    $root.livekit.proto.LocalDataTrackTryPushError.encode(message.error, writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            LocalDataTrackTryPushResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.livekit.proto.LocalDataTrackTryPushResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.error = $root.livekit.proto.LocalDataTrackTryPushError.decode(reader, reader.size(), $undefined, _depth + 1, message.error);
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

            LocalDataTrackTryPushResponse.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.error != null && $Object.hasOwnProperty.call(message, "error")) {
                    let error = $root.livekit.proto.LocalDataTrackTryPushError.verify(message.error, _depth + 1);
                    if (error)
                        return "error." + error;
                }
                return null;
            };

            LocalDataTrackTryPushResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.livekit.proto.LocalDataTrackTryPushResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".livekit.proto.LocalDataTrackTryPushResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.livekit.proto.LocalDataTrackTryPushResponse();
                if (object.error != null) {
                    if (!$util.isObject(object.error))
                        throw $TypeError(".livekit.proto.LocalDataTrackTryPushResponse.error: object expected");
                    message.error = $root.livekit.proto.LocalDataTrackTryPushError.fromObject(object.error, _depth + 1);
                }
                return message;
            };

            LocalDataTrackTryPushResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.error = null;
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    object.error = $root.livekit.proto.LocalDataTrackTryPushError.toObject(message.error, options, _depth + 1);
                return object;
            };

            LocalDataTrackTryPushResponse.prototype.toJSON = function() {
                return LocalDataTrackTryPushResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            return LocalDataTrackTryPushResponse;
        })();

        proto.LocalDataTrackIsPublishedRequest = (function() {

            const LocalDataTrackIsPublishedRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            LocalDataTrackIsPublishedRequest.prototype.trackHandle = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            LocalDataTrackIsPublishedRequest.create = function(properties) {
                return new LocalDataTrackIsPublishedRequest(properties);
            };

            LocalDataTrackIsPublishedRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                writer.uint32(8).uint64(message.trackHandle);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            LocalDataTrackIsPublishedRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.livekit.proto.LocalDataTrackIsPublishedRequest();
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
                            message.trackHandle = reader.uint64();
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
                if (!$Object.hasOwnProperty.call(message, "trackHandle"))
                    throw $util.ProtocolError("missing required 'trackHandle'", { instance: message });
                return message;
            };

            LocalDataTrackIsPublishedRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (!$util.isInteger(message.trackHandle) && !(message.trackHandle && $util.isInteger(message.trackHandle.low) && $util.isInteger(message.trackHandle.high)))
                    return "trackHandle: integer|Long expected";
                return null;
            };

            LocalDataTrackIsPublishedRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.livekit.proto.LocalDataTrackIsPublishedRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".livekit.proto.LocalDataTrackIsPublishedRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.livekit.proto.LocalDataTrackIsPublishedRequest();
                if (object.trackHandle != null)
                    if ($util.Long)
                        message.trackHandle = $util.Long.fromValue(object.trackHandle, true);
                    else if (typeof object.trackHandle === "string")
                        message.trackHandle = $parseInt(object.trackHandle, 10);
                    else if (typeof object.trackHandle === "number")
                        message.trackHandle = object.trackHandle;
                    else if (typeof object.trackHandle === "object")
                        message.trackHandle = new $util.LongBits(object.trackHandle.low >>> 0, object.trackHandle.high >>> 0).toNumber(true);
                return message;
            };

            LocalDataTrackIsPublishedRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.trackHandle = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.trackHandle = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if (message.trackHandle != null && $Object.hasOwnProperty.call(message, "trackHandle"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.trackHandle = typeof message.trackHandle === "number" ? $BigInt(message.trackHandle) : $util.Long.fromBits(message.trackHandle.low >>> 0, message.trackHandle.high >>> 0, true).toBigInt();
                    else if (typeof message.trackHandle === "number")
                        object.trackHandle = options.longs === $String ? $String(message.trackHandle) : message.trackHandle;
                    else
                        object.trackHandle = options.longs === $String ? $util.Long.prototype.toString.call(message.trackHandle) : options.longs === $Number ? new $util.LongBits(message.trackHandle.low >>> 0, message.trackHandle.high >>> 0).toNumber(true) : message.trackHandle;
                return object;
            };

            LocalDataTrackIsPublishedRequest.prototype.toJSON = function() {
                return LocalDataTrackIsPublishedRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            return LocalDataTrackIsPublishedRequest;
        })();

        proto.LocalDataTrackIsPublishedResponse = (function() {

            const LocalDataTrackIsPublishedResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            LocalDataTrackIsPublishedResponse.prototype.isPublished = false;

            LocalDataTrackIsPublishedResponse.create = function(properties) {
                return new LocalDataTrackIsPublishedResponse(properties);
            };

            LocalDataTrackIsPublishedResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                writer.uint32(8).bool(message.isPublished);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            LocalDataTrackIsPublishedResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.livekit.proto.LocalDataTrackIsPublishedResponse();
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
                            message.isPublished = reader.bool();
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
                if (!$Object.hasOwnProperty.call(message, "isPublished"))
                    throw $util.ProtocolError("missing required 'isPublished'", { instance: message });
                return message;
            };

            LocalDataTrackIsPublishedResponse.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (typeof message.isPublished !== "boolean")
                    return "isPublished: boolean expected";
                return null;
            };

            LocalDataTrackIsPublishedResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.livekit.proto.LocalDataTrackIsPublishedResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".livekit.proto.LocalDataTrackIsPublishedResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.livekit.proto.LocalDataTrackIsPublishedResponse();
                if (object.isPublished != null)
                    message.isPublished = $Boolean(object.isPublished);
                return message;
            };

            LocalDataTrackIsPublishedResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.isPublished = false;
                if (message.isPublished != null && $Object.hasOwnProperty.call(message, "isPublished"))
                    object.isPublished = message.isPublished;
                return object;
            };

            LocalDataTrackIsPublishedResponse.prototype.toJSON = function() {
                return LocalDataTrackIsPublishedResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            return LocalDataTrackIsPublishedResponse;
        })();

        proto.LocalDataTrackUnpublishRequest = (function() {

            const LocalDataTrackUnpublishRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            LocalDataTrackUnpublishRequest.prototype.trackHandle = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            LocalDataTrackUnpublishRequest.create = function(properties) {
                return new LocalDataTrackUnpublishRequest(properties);
            };

            LocalDataTrackUnpublishRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                writer.uint32(8).uint64(message.trackHandle);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            LocalDataTrackUnpublishRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.livekit.proto.LocalDataTrackUnpublishRequest();
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
                            message.trackHandle = reader.uint64();
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
                if (!$Object.hasOwnProperty.call(message, "trackHandle"))
                    throw $util.ProtocolError("missing required 'trackHandle'", { instance: message });
                return message;
            };

            LocalDataTrackUnpublishRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (!$util.isInteger(message.trackHandle) && !(message.trackHandle && $util.isInteger(message.trackHandle.low) && $util.isInteger(message.trackHandle.high)))
                    return "trackHandle: integer|Long expected";
                return null;
            };

            LocalDataTrackUnpublishRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.livekit.proto.LocalDataTrackUnpublishRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".livekit.proto.LocalDataTrackUnpublishRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.livekit.proto.LocalDataTrackUnpublishRequest();
                if (object.trackHandle != null)
                    if ($util.Long)
                        message.trackHandle = $util.Long.fromValue(object.trackHandle, true);
                    else if (typeof object.trackHandle === "string")
                        message.trackHandle = $parseInt(object.trackHandle, 10);
                    else if (typeof object.trackHandle === "number")
                        message.trackHandle = object.trackHandle;
                    else if (typeof object.trackHandle === "object")
                        message.trackHandle = new $util.LongBits(object.trackHandle.low >>> 0, object.trackHandle.high >>> 0).toNumber(true);
                return message;
            };

            LocalDataTrackUnpublishRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.trackHandle = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.trackHandle = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if (message.trackHandle != null && $Object.hasOwnProperty.call(message, "trackHandle"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.trackHandle = typeof message.trackHandle === "number" ? $BigInt(message.trackHandle) : $util.Long.fromBits(message.trackHandle.low >>> 0, message.trackHandle.high >>> 0, true).toBigInt();
                    else if (typeof message.trackHandle === "number")
                        object.trackHandle = options.longs === $String ? $String(message.trackHandle) : message.trackHandle;
                    else
                        object.trackHandle = options.longs === $String ? $util.Long.prototype.toString.call(message.trackHandle) : options.longs === $Number ? new $util.LongBits(message.trackHandle.low >>> 0, message.trackHandle.high >>> 0).toNumber(true) : message.trackHandle;
                return object;
            };

            LocalDataTrackUnpublishRequest.prototype.toJSON = function() {
                return LocalDataTrackUnpublishRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            return LocalDataTrackUnpublishRequest;
        })();

        proto.LocalDataTrackUnpublishResponse = (function() {

            const LocalDataTrackUnpublishResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            LocalDataTrackUnpublishResponse.create = function(properties) {
                return new LocalDataTrackUnpublishResponse(properties);
            };

            LocalDataTrackUnpublishResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            LocalDataTrackUnpublishResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.livekit.proto.LocalDataTrackUnpublishResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
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

            LocalDataTrackUnpublishResponse.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                return null;
            };

            LocalDataTrackUnpublishResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.livekit.proto.LocalDataTrackUnpublishResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".livekit.proto.LocalDataTrackUnpublishResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.livekit.proto.LocalDataTrackUnpublishResponse();
            };

            LocalDataTrackUnpublishResponse.toObject = function () {
                return {};
            };

            LocalDataTrackUnpublishResponse.prototype.toJSON = function() {
                return LocalDataTrackUnpublishResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            return LocalDataTrackUnpublishResponse;
        })();

        proto.OwnedRemoteDataTrack = (function() {

            const OwnedRemoteDataTrack = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            OwnedRemoteDataTrack.prototype.handle = null;
            OwnedRemoteDataTrack.prototype.info = null;
            OwnedRemoteDataTrack.prototype.publisherIdentity = "";

            OwnedRemoteDataTrack.create = function(properties) {
                return new OwnedRemoteDataTrack(properties);
            };

            OwnedRemoteDataTrack.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                $root.livekit.proto.FfiOwnedHandle.encode(message.handle, writer.uint32(10).fork(), _depth + 1).ldelim();
                $root.livekit.proto.DataTrackInfo.encode(message.info, writer.uint32(18).fork(), _depth + 1).ldelim();
                writer.uint32(26).string(message.publisherIdentity);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            OwnedRemoteDataTrack.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.livekit.proto.OwnedRemoteDataTrack();
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
                            message.handle = $root.livekit.proto.FfiOwnedHandle.decode(reader, reader.size(), $undefined, _depth + 1, message.handle);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.info = $root.livekit.proto.DataTrackInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.info);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.publisherIdentity = reader.string();
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
                if (!$Object.hasOwnProperty.call(message, "handle"))
                    throw $util.ProtocolError("missing required 'handle'", { instance: message });
                if (!$Object.hasOwnProperty.call(message, "info"))
                    throw $util.ProtocolError("missing required 'info'", { instance: message });
                if (!$Object.hasOwnProperty.call(message, "publisherIdentity"))
                    throw $util.ProtocolError("missing required 'publisherIdentity'", { instance: message });
                return message;
            };

            OwnedRemoteDataTrack.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                {
                    let error = $root.livekit.proto.FfiOwnedHandle.verify(message.handle, _depth + 1);
                    if (error)
                        return "handle." + error;
                }
                {
                    let error = $root.livekit.proto.DataTrackInfo.verify(message.info, _depth + 1);
                    if (error)
                        return "info." + error;
                }
                if (!$util.isString(message.publisherIdentity))
                    return "publisherIdentity: string expected";
                return null;
            };

            OwnedRemoteDataTrack.fromObject = function (object, _depth) {
                if (object instanceof $root.livekit.proto.OwnedRemoteDataTrack)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".livekit.proto.OwnedRemoteDataTrack: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.livekit.proto.OwnedRemoteDataTrack();
                if (object.handle != null) {
                    if (!$util.isObject(object.handle))
                        throw $TypeError(".livekit.proto.OwnedRemoteDataTrack.handle: object expected");
                    message.handle = $root.livekit.proto.FfiOwnedHandle.fromObject(object.handle, _depth + 1);
                }
                if (object.info != null) {
                    if (!$util.isObject(object.info))
                        throw $TypeError(".livekit.proto.OwnedRemoteDataTrack.info: object expected");
                    message.info = $root.livekit.proto.DataTrackInfo.fromObject(object.info, _depth + 1);
                }
                if (object.publisherIdentity != null)
                    message.publisherIdentity = $String(object.publisherIdentity);
                return message;
            };

            OwnedRemoteDataTrack.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.handle = null;
                    object.info = null;
                    object.publisherIdentity = "";
                }
                if (message.handle != null && $Object.hasOwnProperty.call(message, "handle"))
                    object.handle = $root.livekit.proto.FfiOwnedHandle.toObject(message.handle, options, _depth + 1);
                if (message.info != null && $Object.hasOwnProperty.call(message, "info"))
                    object.info = $root.livekit.proto.DataTrackInfo.toObject(message.info, options, _depth + 1);
                if (message.publisherIdentity != null && $Object.hasOwnProperty.call(message, "publisherIdentity"))
                    object.publisherIdentity = message.publisherIdentity;
                return object;
            };

            OwnedRemoteDataTrack.prototype.toJSON = function() {
                return OwnedRemoteDataTrack.toObject(this, $protobuf.util.toJSONOptions);
            };

            return OwnedRemoteDataTrack;
        })();

        proto.OwnedDataTrackStream = (function() {

            const OwnedDataTrackStream = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            OwnedDataTrackStream.prototype.handle = null;

            OwnedDataTrackStream.create = function(properties) {
                return new OwnedDataTrackStream(properties);
            };

            OwnedDataTrackStream.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                $root.livekit.proto.FfiOwnedHandle.encode(message.handle, writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            OwnedDataTrackStream.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.livekit.proto.OwnedDataTrackStream();
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
                            message.handle = $root.livekit.proto.FfiOwnedHandle.decode(reader, reader.size(), $undefined, _depth + 1, message.handle);
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
                if (!$Object.hasOwnProperty.call(message, "handle"))
                    throw $util.ProtocolError("missing required 'handle'", { instance: message });
                return message;
            };

            OwnedDataTrackStream.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                {
                    let error = $root.livekit.proto.FfiOwnedHandle.verify(message.handle, _depth + 1);
                    if (error)
                        return "handle." + error;
                }
                return null;
            };

            OwnedDataTrackStream.fromObject = function (object, _depth) {
                if (object instanceof $root.livekit.proto.OwnedDataTrackStream)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".livekit.proto.OwnedDataTrackStream: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.livekit.proto.OwnedDataTrackStream();
                if (object.handle != null) {
                    if (!$util.isObject(object.handle))
                        throw $TypeError(".livekit.proto.OwnedDataTrackStream.handle: object expected");
                    message.handle = $root.livekit.proto.FfiOwnedHandle.fromObject(object.handle, _depth + 1);
                }
                return message;
            };

            OwnedDataTrackStream.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.handle = null;
                if (message.handle != null && $Object.hasOwnProperty.call(message, "handle"))
                    object.handle = $root.livekit.proto.FfiOwnedHandle.toObject(message.handle, options, _depth + 1);
                return object;
            };

            OwnedDataTrackStream.prototype.toJSON = function() {
                return OwnedDataTrackStream.toObject(this, $protobuf.util.toJSONOptions);
            };

            return OwnedDataTrackStream;
        })();

        proto.DataTrackSubscribeOptions = (function() {

            const DataTrackSubscribeOptions = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            DataTrackSubscribeOptions.prototype.bufferSize = 0;

            DataTrackSubscribeOptions.create = function(properties) {
                return new DataTrackSubscribeOptions(properties);
            };

            DataTrackSubscribeOptions.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.bufferSize != null && $Object.hasOwnProperty.call(message, "bufferSize"))
                    writer.uint32(8).uint32(message.bufferSize);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            DataTrackSubscribeOptions.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.livekit.proto.DataTrackSubscribeOptions();
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
                            message.bufferSize = reader.uint32();
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

            DataTrackSubscribeOptions.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.bufferSize != null && $Object.hasOwnProperty.call(message, "bufferSize"))
                    if (!$util.isInteger(message.bufferSize))
                        return "bufferSize: integer expected";
                return null;
            };

            DataTrackSubscribeOptions.fromObject = function (object, _depth) {
                if (object instanceof $root.livekit.proto.DataTrackSubscribeOptions)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".livekit.proto.DataTrackSubscribeOptions: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.livekit.proto.DataTrackSubscribeOptions();
                if (object.bufferSize != null)
                    message.bufferSize = object.bufferSize >>> 0;
                return message;
            };

            DataTrackSubscribeOptions.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.bufferSize = 0;
                if (message.bufferSize != null && $Object.hasOwnProperty.call(message, "bufferSize"))
                    object.bufferSize = message.bufferSize;
                return object;
            };

            DataTrackSubscribeOptions.prototype.toJSON = function() {
                return DataTrackSubscribeOptions.toObject(this, $protobuf.util.toJSONOptions);
            };

            return DataTrackSubscribeOptions;
        })();

        proto.RemoteDataTrackIsPublishedRequest = (function() {

            const RemoteDataTrackIsPublishedRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            RemoteDataTrackIsPublishedRequest.prototype.trackHandle = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            RemoteDataTrackIsPublishedRequest.create = function(properties) {
                return new RemoteDataTrackIsPublishedRequest(properties);
            };

            RemoteDataTrackIsPublishedRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                writer.uint32(8).uint64(message.trackHandle);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            RemoteDataTrackIsPublishedRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.livekit.proto.RemoteDataTrackIsPublishedRequest();
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
                            message.trackHandle = reader.uint64();
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
                if (!$Object.hasOwnProperty.call(message, "trackHandle"))
                    throw $util.ProtocolError("missing required 'trackHandle'", { instance: message });
                return message;
            };

            RemoteDataTrackIsPublishedRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (!$util.isInteger(message.trackHandle) && !(message.trackHandle && $util.isInteger(message.trackHandle.low) && $util.isInteger(message.trackHandle.high)))
                    return "trackHandle: integer|Long expected";
                return null;
            };

            RemoteDataTrackIsPublishedRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.livekit.proto.RemoteDataTrackIsPublishedRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".livekit.proto.RemoteDataTrackIsPublishedRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.livekit.proto.RemoteDataTrackIsPublishedRequest();
                if (object.trackHandle != null)
                    if ($util.Long)
                        message.trackHandle = $util.Long.fromValue(object.trackHandle, true);
                    else if (typeof object.trackHandle === "string")
                        message.trackHandle = $parseInt(object.trackHandle, 10);
                    else if (typeof object.trackHandle === "number")
                        message.trackHandle = object.trackHandle;
                    else if (typeof object.trackHandle === "object")
                        message.trackHandle = new $util.LongBits(object.trackHandle.low >>> 0, object.trackHandle.high >>> 0).toNumber(true);
                return message;
            };

            RemoteDataTrackIsPublishedRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.trackHandle = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.trackHandle = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if (message.trackHandle != null && $Object.hasOwnProperty.call(message, "trackHandle"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.trackHandle = typeof message.trackHandle === "number" ? $BigInt(message.trackHandle) : $util.Long.fromBits(message.trackHandle.low >>> 0, message.trackHandle.high >>> 0, true).toBigInt();
                    else if (typeof message.trackHandle === "number")
                        object.trackHandle = options.longs === $String ? $String(message.trackHandle) : message.trackHandle;
                    else
                        object.trackHandle = options.longs === $String ? $util.Long.prototype.toString.call(message.trackHandle) : options.longs === $Number ? new $util.LongBits(message.trackHandle.low >>> 0, message.trackHandle.high >>> 0).toNumber(true) : message.trackHandle;
                return object;
            };

            RemoteDataTrackIsPublishedRequest.prototype.toJSON = function() {
                return RemoteDataTrackIsPublishedRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            return RemoteDataTrackIsPublishedRequest;
        })();

        proto.RemoteDataTrackIsPublishedResponse = (function() {

            const RemoteDataTrackIsPublishedResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            RemoteDataTrackIsPublishedResponse.prototype.isPublished = false;

            RemoteDataTrackIsPublishedResponse.create = function(properties) {
                return new RemoteDataTrackIsPublishedResponse(properties);
            };

            RemoteDataTrackIsPublishedResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                writer.uint32(8).bool(message.isPublished);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            RemoteDataTrackIsPublishedResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.livekit.proto.RemoteDataTrackIsPublishedResponse();
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
                            message.isPublished = reader.bool();
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
                if (!$Object.hasOwnProperty.call(message, "isPublished"))
                    throw $util.ProtocolError("missing required 'isPublished'", { instance: message });
                return message;
            };

            RemoteDataTrackIsPublishedResponse.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (typeof message.isPublished !== "boolean")
                    return "isPublished: boolean expected";
                return null;
            };

            RemoteDataTrackIsPublishedResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.livekit.proto.RemoteDataTrackIsPublishedResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".livekit.proto.RemoteDataTrackIsPublishedResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.livekit.proto.RemoteDataTrackIsPublishedResponse();
                if (object.isPublished != null)
                    message.isPublished = $Boolean(object.isPublished);
                return message;
            };

            RemoteDataTrackIsPublishedResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.isPublished = false;
                if (message.isPublished != null && $Object.hasOwnProperty.call(message, "isPublished"))
                    object.isPublished = message.isPublished;
                return object;
            };

            RemoteDataTrackIsPublishedResponse.prototype.toJSON = function() {
                return RemoteDataTrackIsPublishedResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            return RemoteDataTrackIsPublishedResponse;
        })();

        proto.RemoteDataTrackPipelineOptions = (function() {

            const RemoteDataTrackPipelineOptions = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            RemoteDataTrackPipelineOptions.prototype.maxPartialFrames = 0;

            RemoteDataTrackPipelineOptions.create = function(properties) {
                return new RemoteDataTrackPipelineOptions(properties);
            };

            RemoteDataTrackPipelineOptions.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.maxPartialFrames != null && $Object.hasOwnProperty.call(message, "maxPartialFrames"))
                    writer.uint32(8).uint32(message.maxPartialFrames);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            RemoteDataTrackPipelineOptions.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.livekit.proto.RemoteDataTrackPipelineOptions();
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
                            message.maxPartialFrames = reader.uint32();
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

            RemoteDataTrackPipelineOptions.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.maxPartialFrames != null && $Object.hasOwnProperty.call(message, "maxPartialFrames"))
                    if (!$util.isInteger(message.maxPartialFrames))
                        return "maxPartialFrames: integer expected";
                return null;
            };

            RemoteDataTrackPipelineOptions.fromObject = function (object, _depth) {
                if (object instanceof $root.livekit.proto.RemoteDataTrackPipelineOptions)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".livekit.proto.RemoteDataTrackPipelineOptions: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.livekit.proto.RemoteDataTrackPipelineOptions();
                if (object.maxPartialFrames != null)
                    message.maxPartialFrames = object.maxPartialFrames >>> 0;
                return message;
            };

            RemoteDataTrackPipelineOptions.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.maxPartialFrames = 0;
                if (message.maxPartialFrames != null && $Object.hasOwnProperty.call(message, "maxPartialFrames"))
                    object.maxPartialFrames = message.maxPartialFrames;
                return object;
            };

            RemoteDataTrackPipelineOptions.prototype.toJSON = function() {
                return RemoteDataTrackPipelineOptions.toObject(this, $protobuf.util.toJSONOptions);
            };

            return RemoteDataTrackPipelineOptions;
        })();

        proto.RemoteDataTrackSetPipelineOptionsRequest = (function() {

            const RemoteDataTrackSetPipelineOptionsRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            RemoteDataTrackSetPipelineOptionsRequest.prototype.trackHandle = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            RemoteDataTrackSetPipelineOptionsRequest.prototype.options = null;

            RemoteDataTrackSetPipelineOptionsRequest.create = function(properties) {
                return new RemoteDataTrackSetPipelineOptionsRequest(properties);
            };

            RemoteDataTrackSetPipelineOptionsRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                writer.uint32(8).uint64(message.trackHandle);
                $root.livekit.proto.RemoteDataTrackPipelineOptions.encode(message.options, writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            RemoteDataTrackSetPipelineOptionsRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.livekit.proto.RemoteDataTrackSetPipelineOptionsRequest();
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
                            message.trackHandle = reader.uint64();
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.options = $root.livekit.proto.RemoteDataTrackPipelineOptions.decode(reader, reader.size(), $undefined, _depth + 1, message.options);
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
                if (!$Object.hasOwnProperty.call(message, "trackHandle"))
                    throw $util.ProtocolError("missing required 'trackHandle'", { instance: message });
                if (!$Object.hasOwnProperty.call(message, "options"))
                    throw $util.ProtocolError("missing required 'options'", { instance: message });
                return message;
            };

            RemoteDataTrackSetPipelineOptionsRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (!$util.isInteger(message.trackHandle) && !(message.trackHandle && $util.isInteger(message.trackHandle.low) && $util.isInteger(message.trackHandle.high)))
                    return "trackHandle: integer|Long expected";
                {
                    let error = $root.livekit.proto.RemoteDataTrackPipelineOptions.verify(message.options, _depth + 1);
                    if (error)
                        return "options." + error;
                }
                return null;
            };

            RemoteDataTrackSetPipelineOptionsRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.livekit.proto.RemoteDataTrackSetPipelineOptionsRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".livekit.proto.RemoteDataTrackSetPipelineOptionsRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.livekit.proto.RemoteDataTrackSetPipelineOptionsRequest();
                if (object.trackHandle != null)
                    if ($util.Long)
                        message.trackHandle = $util.Long.fromValue(object.trackHandle, true);
                    else if (typeof object.trackHandle === "string")
                        message.trackHandle = $parseInt(object.trackHandle, 10);
                    else if (typeof object.trackHandle === "number")
                        message.trackHandle = object.trackHandle;
                    else if (typeof object.trackHandle === "object")
                        message.trackHandle = new $util.LongBits(object.trackHandle.low >>> 0, object.trackHandle.high >>> 0).toNumber(true);
                if (object.options != null) {
                    if (!$util.isObject(object.options))
                        throw $TypeError(".livekit.proto.RemoteDataTrackSetPipelineOptionsRequest.options: object expected");
                    message.options = $root.livekit.proto.RemoteDataTrackPipelineOptions.fromObject(object.options, _depth + 1);
                }
                return message;
            };

            RemoteDataTrackSetPipelineOptionsRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.trackHandle = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.trackHandle = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.options = null;
                }
                if (message.trackHandle != null && $Object.hasOwnProperty.call(message, "trackHandle"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.trackHandle = typeof message.trackHandle === "number" ? $BigInt(message.trackHandle) : $util.Long.fromBits(message.trackHandle.low >>> 0, message.trackHandle.high >>> 0, true).toBigInt();
                    else if (typeof message.trackHandle === "number")
                        object.trackHandle = options.longs === $String ? $String(message.trackHandle) : message.trackHandle;
                    else
                        object.trackHandle = options.longs === $String ? $util.Long.prototype.toString.call(message.trackHandle) : options.longs === $Number ? new $util.LongBits(message.trackHandle.low >>> 0, message.trackHandle.high >>> 0).toNumber(true) : message.trackHandle;
                if (message.options != null && $Object.hasOwnProperty.call(message, "options"))
                    object.options = $root.livekit.proto.RemoteDataTrackPipelineOptions.toObject(message.options, options, _depth + 1);
                return object;
            };

            RemoteDataTrackSetPipelineOptionsRequest.prototype.toJSON = function() {
                return RemoteDataTrackSetPipelineOptionsRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            return RemoteDataTrackSetPipelineOptionsRequest;
        })();

        proto.RemoteDataTrackSetPipelineOptionsResponse = (function() {

            const RemoteDataTrackSetPipelineOptionsResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            RemoteDataTrackSetPipelineOptionsResponse.create = function(properties) {
                return new RemoteDataTrackSetPipelineOptionsResponse(properties);
            };

            RemoteDataTrackSetPipelineOptionsResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            RemoteDataTrackSetPipelineOptionsResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.livekit.proto.RemoteDataTrackSetPipelineOptionsResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
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

            RemoteDataTrackSetPipelineOptionsResponse.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                return null;
            };

            RemoteDataTrackSetPipelineOptionsResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.livekit.proto.RemoteDataTrackSetPipelineOptionsResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".livekit.proto.RemoteDataTrackSetPipelineOptionsResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.livekit.proto.RemoteDataTrackSetPipelineOptionsResponse();
            };

            RemoteDataTrackSetPipelineOptionsResponse.toObject = function () {
                return {};
            };

            RemoteDataTrackSetPipelineOptionsResponse.prototype.toJSON = function() {
                return RemoteDataTrackSetPipelineOptionsResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            return RemoteDataTrackSetPipelineOptionsResponse;
        })();

        proto.SubscribeDataTrackRequest = (function() {

            const SubscribeDataTrackRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            SubscribeDataTrackRequest.prototype.trackHandle = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            SubscribeDataTrackRequest.prototype.options = null;

            SubscribeDataTrackRequest.create = function(properties) {
                return new SubscribeDataTrackRequest(properties);
            };

            SubscribeDataTrackRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                writer.uint32(8).uint64(message.trackHandle);
                $root.livekit.proto.DataTrackSubscribeOptions.encode(message.options, writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            SubscribeDataTrackRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.livekit.proto.SubscribeDataTrackRequest();
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
                            message.trackHandle = reader.uint64();
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.options = $root.livekit.proto.DataTrackSubscribeOptions.decode(reader, reader.size(), $undefined, _depth + 1, message.options);
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
                if (!$Object.hasOwnProperty.call(message, "trackHandle"))
                    throw $util.ProtocolError("missing required 'trackHandle'", { instance: message });
                if (!$Object.hasOwnProperty.call(message, "options"))
                    throw $util.ProtocolError("missing required 'options'", { instance: message });
                return message;
            };

            SubscribeDataTrackRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (!$util.isInteger(message.trackHandle) && !(message.trackHandle && $util.isInteger(message.trackHandle.low) && $util.isInteger(message.trackHandle.high)))
                    return "trackHandle: integer|Long expected";
                {
                    let error = $root.livekit.proto.DataTrackSubscribeOptions.verify(message.options, _depth + 1);
                    if (error)
                        return "options." + error;
                }
                return null;
            };

            SubscribeDataTrackRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.livekit.proto.SubscribeDataTrackRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".livekit.proto.SubscribeDataTrackRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.livekit.proto.SubscribeDataTrackRequest();
                if (object.trackHandle != null)
                    if ($util.Long)
                        message.trackHandle = $util.Long.fromValue(object.trackHandle, true);
                    else if (typeof object.trackHandle === "string")
                        message.trackHandle = $parseInt(object.trackHandle, 10);
                    else if (typeof object.trackHandle === "number")
                        message.trackHandle = object.trackHandle;
                    else if (typeof object.trackHandle === "object")
                        message.trackHandle = new $util.LongBits(object.trackHandle.low >>> 0, object.trackHandle.high >>> 0).toNumber(true);
                if (object.options != null) {
                    if (!$util.isObject(object.options))
                        throw $TypeError(".livekit.proto.SubscribeDataTrackRequest.options: object expected");
                    message.options = $root.livekit.proto.DataTrackSubscribeOptions.fromObject(object.options, _depth + 1);
                }
                return message;
            };

            SubscribeDataTrackRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.trackHandle = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.trackHandle = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.options = null;
                }
                if (message.trackHandle != null && $Object.hasOwnProperty.call(message, "trackHandle"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.trackHandle = typeof message.trackHandle === "number" ? $BigInt(message.trackHandle) : $util.Long.fromBits(message.trackHandle.low >>> 0, message.trackHandle.high >>> 0, true).toBigInt();
                    else if (typeof message.trackHandle === "number")
                        object.trackHandle = options.longs === $String ? $String(message.trackHandle) : message.trackHandle;
                    else
                        object.trackHandle = options.longs === $String ? $util.Long.prototype.toString.call(message.trackHandle) : options.longs === $Number ? new $util.LongBits(message.trackHandle.low >>> 0, message.trackHandle.high >>> 0).toNumber(true) : message.trackHandle;
                if (message.options != null && $Object.hasOwnProperty.call(message, "options"))
                    object.options = $root.livekit.proto.DataTrackSubscribeOptions.toObject(message.options, options, _depth + 1);
                return object;
            };

            SubscribeDataTrackRequest.prototype.toJSON = function() {
                return SubscribeDataTrackRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            return SubscribeDataTrackRequest;
        })();

        proto.SubscribeDataTrackResponse = (function() {

            const SubscribeDataTrackResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            SubscribeDataTrackResponse.prototype.stream = null;

            SubscribeDataTrackResponse.create = function(properties) {
                return new SubscribeDataTrackResponse(properties);
            };

            SubscribeDataTrackResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                $root.livekit.proto.OwnedDataTrackStream.encode(message.stream, writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            SubscribeDataTrackResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.livekit.proto.SubscribeDataTrackResponse();
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
                            message.stream = $root.livekit.proto.OwnedDataTrackStream.decode(reader, reader.size(), $undefined, _depth + 1, message.stream);
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
                if (!$Object.hasOwnProperty.call(message, "stream"))
                    throw $util.ProtocolError("missing required 'stream'", { instance: message });
                return message;
            };

            SubscribeDataTrackResponse.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                {
                    let error = $root.livekit.proto.OwnedDataTrackStream.verify(message.stream, _depth + 1);
                    if (error)
                        return "stream." + error;
                }
                return null;
            };

            SubscribeDataTrackResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.livekit.proto.SubscribeDataTrackResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".livekit.proto.SubscribeDataTrackResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.livekit.proto.SubscribeDataTrackResponse();
                if (object.stream != null) {
                    if (!$util.isObject(object.stream))
                        throw $TypeError(".livekit.proto.SubscribeDataTrackResponse.stream: object expected");
                    message.stream = $root.livekit.proto.OwnedDataTrackStream.fromObject(object.stream, _depth + 1);
                }
                return message;
            };

            SubscribeDataTrackResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.stream = null;
                if (message.stream != null && $Object.hasOwnProperty.call(message, "stream"))
                    object.stream = $root.livekit.proto.OwnedDataTrackStream.toObject(message.stream, options, _depth + 1);
                return object;
            };

            SubscribeDataTrackResponse.prototype.toJSON = function() {
                return SubscribeDataTrackResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            return SubscribeDataTrackResponse;
        })();

        proto.DataTrackStreamReadRequest = (function() {

            const DataTrackStreamReadRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            DataTrackStreamReadRequest.prototype.streamHandle = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            DataTrackStreamReadRequest.create = function(properties) {
                return new DataTrackStreamReadRequest(properties);
            };

            DataTrackStreamReadRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                writer.uint32(8).uint64(message.streamHandle);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            DataTrackStreamReadRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.livekit.proto.DataTrackStreamReadRequest();
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
                            message.streamHandle = reader.uint64();
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
                if (!$Object.hasOwnProperty.call(message, "streamHandle"))
                    throw $util.ProtocolError("missing required 'streamHandle'", { instance: message });
                return message;
            };

            DataTrackStreamReadRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (!$util.isInteger(message.streamHandle) && !(message.streamHandle && $util.isInteger(message.streamHandle.low) && $util.isInteger(message.streamHandle.high)))
                    return "streamHandle: integer|Long expected";
                return null;
            };

            DataTrackStreamReadRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.livekit.proto.DataTrackStreamReadRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".livekit.proto.DataTrackStreamReadRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.livekit.proto.DataTrackStreamReadRequest();
                if (object.streamHandle != null)
                    if ($util.Long)
                        message.streamHandle = $util.Long.fromValue(object.streamHandle, true);
                    else if (typeof object.streamHandle === "string")
                        message.streamHandle = $parseInt(object.streamHandle, 10);
                    else if (typeof object.streamHandle === "number")
                        message.streamHandle = object.streamHandle;
                    else if (typeof object.streamHandle === "object")
                        message.streamHandle = new $util.LongBits(object.streamHandle.low >>> 0, object.streamHandle.high >>> 0).toNumber(true);
                return message;
            };

            DataTrackStreamReadRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.streamHandle = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.streamHandle = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if (message.streamHandle != null && $Object.hasOwnProperty.call(message, "streamHandle"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.streamHandle = typeof message.streamHandle === "number" ? $BigInt(message.streamHandle) : $util.Long.fromBits(message.streamHandle.low >>> 0, message.streamHandle.high >>> 0, true).toBigInt();
                    else if (typeof message.streamHandle === "number")
                        object.streamHandle = options.longs === $String ? $String(message.streamHandle) : message.streamHandle;
                    else
                        object.streamHandle = options.longs === $String ? $util.Long.prototype.toString.call(message.streamHandle) : options.longs === $Number ? new $util.LongBits(message.streamHandle.low >>> 0, message.streamHandle.high >>> 0).toNumber(true) : message.streamHandle;
                return object;
            };

            DataTrackStreamReadRequest.prototype.toJSON = function() {
                return DataTrackStreamReadRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            return DataTrackStreamReadRequest;
        })();

        proto.DataTrackStreamReadResponse = (function() {

            const DataTrackStreamReadResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            DataTrackStreamReadResponse.prototype.eosEvent = null;

            DataTrackStreamReadResponse.create = function(properties) {
                return new DataTrackStreamReadResponse(properties);
            };

            DataTrackStreamReadResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.eosEvent != null && $Object.hasOwnProperty.call(message, "eosEvent"))
                    $root.livekit.proto.DataTrackStreamEOS.encode(message.eosEvent, writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            DataTrackStreamReadResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.livekit.proto.DataTrackStreamReadResponse();
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
                            message.eosEvent = $root.livekit.proto.DataTrackStreamEOS.decode(reader, reader.size(), $undefined, _depth + 1, message.eosEvent);
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

            DataTrackStreamReadResponse.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.eosEvent != null && $Object.hasOwnProperty.call(message, "eosEvent")) {
                    let error = $root.livekit.proto.DataTrackStreamEOS.verify(message.eosEvent, _depth + 1);
                    if (error)
                        return "eosEvent." + error;
                }
                return null;
            };

            DataTrackStreamReadResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.livekit.proto.DataTrackStreamReadResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".livekit.proto.DataTrackStreamReadResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.livekit.proto.DataTrackStreamReadResponse();
                if (object.eosEvent != null) {
                    if (!$util.isObject(object.eosEvent))
                        throw $TypeError(".livekit.proto.DataTrackStreamReadResponse.eosEvent: object expected");
                    message.eosEvent = $root.livekit.proto.DataTrackStreamEOS.fromObject(object.eosEvent, _depth + 1);
                }
                return message;
            };

            DataTrackStreamReadResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.eosEvent = null;
                if (message.eosEvent != null && $Object.hasOwnProperty.call(message, "eosEvent"))
                    object.eosEvent = $root.livekit.proto.DataTrackStreamEOS.toObject(message.eosEvent, options, _depth + 1);
                return object;
            };

            DataTrackStreamReadResponse.prototype.toJSON = function() {
                return DataTrackStreamReadResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            return DataTrackStreamReadResponse;
        })();

        proto.DataTrackStreamEvent = (function() {

            const DataTrackStreamEvent = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            DataTrackStreamEvent.prototype.streamHandle = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            DataTrackStreamEvent.prototype.frameReceived = null;
            DataTrackStreamEvent.prototype.eos = null;

            let $oneOfFields;

            $Object.defineProperty(DataTrackStreamEvent.prototype, "detail", {
                get: $util.oneOfGetter($oneOfFields = ["frameReceived", "eos"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            DataTrackStreamEvent.create = function(properties) {
                return new DataTrackStreamEvent(properties);
            };

            DataTrackStreamEvent.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                writer.uint32(8).uint64(message.streamHandle);
                if (message.frameReceived != null && $Object.hasOwnProperty.call(message, "frameReceived"))
                    $root.livekit.proto.DataTrackStreamFrameReceived.encode(message.frameReceived, writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.eos != null && $Object.hasOwnProperty.call(message, "eos"))
                    $root.livekit.proto.DataTrackStreamEOS.encode(message.eos, writer.uint32(26).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            DataTrackStreamEvent.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.livekit.proto.DataTrackStreamEvent();
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
                            message.streamHandle = reader.uint64();
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.frameReceived = $root.livekit.proto.DataTrackStreamFrameReceived.decode(reader, reader.size(), $undefined, _depth + 1, message.frameReceived);
                            message.detail = "frameReceived";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.eos = $root.livekit.proto.DataTrackStreamEOS.decode(reader, reader.size(), $undefined, _depth + 1, message.eos);
                            message.detail = "eos";
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
                if (!$Object.hasOwnProperty.call(message, "streamHandle"))
                    throw $util.ProtocolError("missing required 'streamHandle'", { instance: message });
                return message;
            };

            DataTrackStreamEvent.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (!$util.isInteger(message.streamHandle) && !(message.streamHandle && $util.isInteger(message.streamHandle.low) && $util.isInteger(message.streamHandle.high)))
                    return "streamHandle: integer|Long expected";
                if (message.frameReceived != null && $Object.hasOwnProperty.call(message, "frameReceived")) {
                    properties.detail = 1;
                    {
                        let error = $root.livekit.proto.DataTrackStreamFrameReceived.verify(message.frameReceived, _depth + 1);
                        if (error)
                            return "frameReceived." + error;
                    }
                }
                if (message.eos != null && $Object.hasOwnProperty.call(message, "eos")) {
                    if (properties.detail === 1)
                        return "detail: multiple values";
                    properties.detail = 1;
                    {
                        let error = $root.livekit.proto.DataTrackStreamEOS.verify(message.eos, _depth + 1);
                        if (error)
                            return "eos." + error;
                    }
                }
                return null;
            };

            DataTrackStreamEvent.fromObject = function (object, _depth) {
                if (object instanceof $root.livekit.proto.DataTrackStreamEvent)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".livekit.proto.DataTrackStreamEvent: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.livekit.proto.DataTrackStreamEvent();
                if (object.streamHandle != null)
                    if ($util.Long)
                        message.streamHandle = $util.Long.fromValue(object.streamHandle, true);
                    else if (typeof object.streamHandle === "string")
                        message.streamHandle = $parseInt(object.streamHandle, 10);
                    else if (typeof object.streamHandle === "number")
                        message.streamHandle = object.streamHandle;
                    else if (typeof object.streamHandle === "object")
                        message.streamHandle = new $util.LongBits(object.streamHandle.low >>> 0, object.streamHandle.high >>> 0).toNumber(true);
                if (object.frameReceived != null) {
                    if (!$util.isObject(object.frameReceived))
                        throw $TypeError(".livekit.proto.DataTrackStreamEvent.frameReceived: object expected");
                    message.frameReceived = $root.livekit.proto.DataTrackStreamFrameReceived.fromObject(object.frameReceived, _depth + 1);
                }
                if (object.eos != null) {
                    if (!$util.isObject(object.eos))
                        throw $TypeError(".livekit.proto.DataTrackStreamEvent.eos: object expected");
                    message.eos = $root.livekit.proto.DataTrackStreamEOS.fromObject(object.eos, _depth + 1);
                }
                return message;
            };

            DataTrackStreamEvent.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.streamHandle = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.streamHandle = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if (message.streamHandle != null && $Object.hasOwnProperty.call(message, "streamHandle"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.streamHandle = typeof message.streamHandle === "number" ? $BigInt(message.streamHandle) : $util.Long.fromBits(message.streamHandle.low >>> 0, message.streamHandle.high >>> 0, true).toBigInt();
                    else if (typeof message.streamHandle === "number")
                        object.streamHandle = options.longs === $String ? $String(message.streamHandle) : message.streamHandle;
                    else
                        object.streamHandle = options.longs === $String ? $util.Long.prototype.toString.call(message.streamHandle) : options.longs === $Number ? new $util.LongBits(message.streamHandle.low >>> 0, message.streamHandle.high >>> 0).toNumber(true) : message.streamHandle;
                if (message.frameReceived != null && $Object.hasOwnProperty.call(message, "frameReceived")) {
                    object.frameReceived = $root.livekit.proto.DataTrackStreamFrameReceived.toObject(message.frameReceived, options, _depth + 1);
                    if (options.oneofs)
                        object.detail = "frameReceived";
                }
                if (message.eos != null && $Object.hasOwnProperty.call(message, "eos")) {
                    object.eos = $root.livekit.proto.DataTrackStreamEOS.toObject(message.eos, options, _depth + 1);
                    if (options.oneofs)
                        object.detail = "eos";
                }
                return object;
            };

            DataTrackStreamEvent.prototype.toJSON = function() {
                return DataTrackStreamEvent.toObject(this, $protobuf.util.toJSONOptions);
            };

            return DataTrackStreamEvent;
        })();

        proto.DataTrackStreamFrameReceived = (function() {

            const DataTrackStreamFrameReceived = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            DataTrackStreamFrameReceived.prototype.frame = null;

            DataTrackStreamFrameReceived.create = function(properties) {
                return new DataTrackStreamFrameReceived(properties);
            };

            DataTrackStreamFrameReceived.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                $root.livekit.proto.DataTrackFrame.encode(message.frame, writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            DataTrackStreamFrameReceived.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.livekit.proto.DataTrackStreamFrameReceived();
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
                            message.frame = $root.livekit.proto.DataTrackFrame.decode(reader, reader.size(), $undefined, _depth + 1, message.frame);
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
                if (!$Object.hasOwnProperty.call(message, "frame"))
                    throw $util.ProtocolError("missing required 'frame'", { instance: message });
                return message;
            };

            DataTrackStreamFrameReceived.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                {
                    let error = $root.livekit.proto.DataTrackFrame.verify(message.frame, _depth + 1);
                    if (error)
                        return "frame." + error;
                }
                return null;
            };

            DataTrackStreamFrameReceived.fromObject = function (object, _depth) {
                if (object instanceof $root.livekit.proto.DataTrackStreamFrameReceived)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".livekit.proto.DataTrackStreamFrameReceived: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.livekit.proto.DataTrackStreamFrameReceived();
                if (object.frame != null) {
                    if (!$util.isObject(object.frame))
                        throw $TypeError(".livekit.proto.DataTrackStreamFrameReceived.frame: object expected");
                    message.frame = $root.livekit.proto.DataTrackFrame.fromObject(object.frame, _depth + 1);
                }
                return message;
            };

            DataTrackStreamFrameReceived.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.frame = null;
                if (message.frame != null && $Object.hasOwnProperty.call(message, "frame"))
                    object.frame = $root.livekit.proto.DataTrackFrame.toObject(message.frame, options, _depth + 1);
                return object;
            };

            DataTrackStreamFrameReceived.prototype.toJSON = function() {
                return DataTrackStreamFrameReceived.toObject(this, $protobuf.util.toJSONOptions);
            };

            return DataTrackStreamFrameReceived;
        })();

        proto.DataTrackStreamEOS = (function() {

            const DataTrackStreamEOS = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            DataTrackStreamEOS.prototype.error = null;

            DataTrackStreamEOS.create = function(properties) {
                return new DataTrackStreamEOS(properties);
            };

            DataTrackStreamEOS.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    $root.livekit.proto.SubscribeDataTrackError.encode(message.error, writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            DataTrackStreamEOS.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.livekit.proto.DataTrackStreamEOS();
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
                            message.error = $root.livekit.proto.SubscribeDataTrackError.decode(reader, reader.size(), $undefined, _depth + 1, message.error);
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

            DataTrackStreamEOS.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.error != null && $Object.hasOwnProperty.call(message, "error")) {
                    let error = $root.livekit.proto.SubscribeDataTrackError.verify(message.error, _depth + 1);
                    if (error)
                        return "error." + error;
                }
                return null;
            };

            DataTrackStreamEOS.fromObject = function (object, _depth) {
                if (object instanceof $root.livekit.proto.DataTrackStreamEOS)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".livekit.proto.DataTrackStreamEOS: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.livekit.proto.DataTrackStreamEOS();
                if (object.error != null) {
                    if (!$util.isObject(object.error))
                        throw $TypeError(".livekit.proto.DataTrackStreamEOS.error: object expected");
                    message.error = $root.livekit.proto.SubscribeDataTrackError.fromObject(object.error, _depth + 1);
                }
                return message;
            };

            DataTrackStreamEOS.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.error = null;
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    object.error = $root.livekit.proto.SubscribeDataTrackError.toObject(message.error, options, _depth + 1);
                return object;
            };

            DataTrackStreamEOS.prototype.toJSON = function() {
                return DataTrackStreamEOS.toObject(this, $protobuf.util.toJSONOptions);
            };

            return DataTrackStreamEOS;
        })();

        proto.DataTrackSchemaEncoding = (function() {

            const DataTrackSchemaEncoding = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            DataTrackSchemaEncoding.prototype.wellKnown = null;
            DataTrackSchemaEncoding.prototype.custom = null;

            let $oneOfFields;

            $Object.defineProperty(DataTrackSchemaEncoding.prototype, "encoding", {
                get: $util.oneOfGetter($oneOfFields = ["wellKnown", "custom"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            DataTrackSchemaEncoding.create = function(properties) {
                return new DataTrackSchemaEncoding(properties);
            };

            DataTrackSchemaEncoding.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.wellKnown != null && $Object.hasOwnProperty.call(message, "wellKnown"))
                    writer.uint32(8).int32(message.wellKnown);
                if (message.custom != null && $Object.hasOwnProperty.call(message, "custom"))
                    writer.uint32(18).string(message.custom);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            DataTrackSchemaEncoding.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.livekit.proto.DataTrackSchemaEncoding();
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
                            value = reader.int32();
                            if ($root.livekit.proto.DataTrackSchemaEncoding.WellKnownSchemaEncoding[value] !== $undefined) {
                                message.wellKnown = value;
                                message.encoding = "wellKnown";
                            } else if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.custom = reader.string();
                            message.encoding = "custom";
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

            DataTrackSchemaEncoding.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.wellKnown != null && $Object.hasOwnProperty.call(message, "wellKnown")) {
                    properties.encoding = 1;
                    switch (message.wellKnown) {
                    default:
                        return "wellKnown: enum value expected";
                    case 0:
                    case 1:
                    case 2:
                    case 3:
                    case 4:
                    case 5:
                    case 6:
                    case 7:
                        break;
                    }
                }
                if (message.custom != null && $Object.hasOwnProperty.call(message, "custom")) {
                    if (properties.encoding === 1)
                        return "encoding: multiple values";
                    properties.encoding = 1;
                    if (!$util.isString(message.custom))
                        return "custom: string expected";
                }
                return null;
            };

            DataTrackSchemaEncoding.fromObject = function (object, _depth) {
                if (object instanceof $root.livekit.proto.DataTrackSchemaEncoding)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".livekit.proto.DataTrackSchemaEncoding: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.livekit.proto.DataTrackSchemaEncoding();
                switch (object.wellKnown) {
                case "WELL_KNOWN_SCHEMA_ENCODING_UNSPECIFIED":
                case 0:
                    message.wellKnown = 0;
                    break;
                case "WELL_KNOWN_SCHEMA_ENCODING_PROTOBUF":
                case 1:
                    message.wellKnown = 1;
                    break;
                case "WELL_KNOWN_SCHEMA_ENCODING_FLATBUFFER":
                case 2:
                    message.wellKnown = 2;
                    break;
                case "WELL_KNOWN_SCHEMA_ENCODING_ROS1_MSG":
                case 3:
                    message.wellKnown = 3;
                    break;
                case "WELL_KNOWN_SCHEMA_ENCODING_ROS2_MSG":
                case 4:
                    message.wellKnown = 4;
                    break;
                case "WELL_KNOWN_SCHEMA_ENCODING_ROS2_IDL":
                case 5:
                    message.wellKnown = 5;
                    break;
                case "WELL_KNOWN_SCHEMA_ENCODING_OMG_IDL":
                case 6:
                    message.wellKnown = 6;
                    break;
                case "WELL_KNOWN_SCHEMA_ENCODING_JSON_SCHEMA":
                case 7:
                    message.wellKnown = 7;
                    break;
                default:
                }
                if (object.custom != null)
                    message.custom = $String(object.custom);
                return message;
            };

            DataTrackSchemaEncoding.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (message.wellKnown != null && $Object.hasOwnProperty.call(message, "wellKnown")) {
                    object.wellKnown = options.enums === $String ? $root.livekit.proto.DataTrackSchemaEncoding.WellKnownSchemaEncoding[message.wellKnown] === $undefined ? message.wellKnown : $root.livekit.proto.DataTrackSchemaEncoding.WellKnownSchemaEncoding[message.wellKnown] : message.wellKnown;
                    if (options.oneofs)
                        object.encoding = "wellKnown";
                }
                if (message.custom != null && $Object.hasOwnProperty.call(message, "custom")) {
                    object.custom = message.custom;
                    if (options.oneofs)
                        object.encoding = "custom";
                }
                return object;
            };

            DataTrackSchemaEncoding.prototype.toJSON = function() {
                return DataTrackSchemaEncoding.toObject(this, $protobuf.util.toJSONOptions);
            };

            DataTrackSchemaEncoding.WellKnownSchemaEncoding = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "WELL_KNOWN_SCHEMA_ENCODING_UNSPECIFIED"] = 0;
                values[valuesById[1] = "WELL_KNOWN_SCHEMA_ENCODING_PROTOBUF"] = 1;
                values[valuesById[2] = "WELL_KNOWN_SCHEMA_ENCODING_FLATBUFFER"] = 2;
                values[valuesById[3] = "WELL_KNOWN_SCHEMA_ENCODING_ROS1_MSG"] = 3;
                values[valuesById[4] = "WELL_KNOWN_SCHEMA_ENCODING_ROS2_MSG"] = 4;
                values[valuesById[5] = "WELL_KNOWN_SCHEMA_ENCODING_ROS2_IDL"] = 5;
                values[valuesById[6] = "WELL_KNOWN_SCHEMA_ENCODING_OMG_IDL"] = 6;
                values[valuesById[7] = "WELL_KNOWN_SCHEMA_ENCODING_JSON_SCHEMA"] = 7;
                return values;
            })();

            return DataTrackSchemaEncoding;
        })();

        proto.DataTrackFrameEncoding = (function() {

            const DataTrackFrameEncoding = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            DataTrackFrameEncoding.prototype.wellKnown = null;
            DataTrackFrameEncoding.prototype.custom = null;

            let $oneOfFields;

            $Object.defineProperty(DataTrackFrameEncoding.prototype, "encoding", {
                get: $util.oneOfGetter($oneOfFields = ["wellKnown", "custom"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            DataTrackFrameEncoding.create = function(properties) {
                return new DataTrackFrameEncoding(properties);
            };

            DataTrackFrameEncoding.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.wellKnown != null && $Object.hasOwnProperty.call(message, "wellKnown"))
                    writer.uint32(8).int32(message.wellKnown);
                if (message.custom != null && $Object.hasOwnProperty.call(message, "custom"))
                    writer.uint32(18).string(message.custom);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            DataTrackFrameEncoding.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.livekit.proto.DataTrackFrameEncoding();
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
                            value = reader.int32();
                            if ($root.livekit.proto.DataTrackFrameEncoding.WellKnownFrameEncoding[value] !== $undefined) {
                                message.wellKnown = value;
                                message.encoding = "wellKnown";
                            } else if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.custom = reader.string();
                            message.encoding = "custom";
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

            DataTrackFrameEncoding.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.wellKnown != null && $Object.hasOwnProperty.call(message, "wellKnown")) {
                    properties.encoding = 1;
                    switch (message.wellKnown) {
                    default:
                        return "wellKnown: enum value expected";
                    case 0:
                    case 1:
                    case 2:
                    case 3:
                    case 4:
                    case 5:
                    case 6:
                    case 7:
                        break;
                    }
                }
                if (message.custom != null && $Object.hasOwnProperty.call(message, "custom")) {
                    if (properties.encoding === 1)
                        return "encoding: multiple values";
                    properties.encoding = 1;
                    if (!$util.isString(message.custom))
                        return "custom: string expected";
                }
                return null;
            };

            DataTrackFrameEncoding.fromObject = function (object, _depth) {
                if (object instanceof $root.livekit.proto.DataTrackFrameEncoding)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".livekit.proto.DataTrackFrameEncoding: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.livekit.proto.DataTrackFrameEncoding();
                switch (object.wellKnown) {
                case "WELL_KNOWN_FRAME_ENCODING_UNSPECIFIED":
                case 0:
                    message.wellKnown = 0;
                    break;
                case "WELL_KNOWN_FRAME_ENCODING_ROS1":
                case 1:
                    message.wellKnown = 1;
                    break;
                case "WELL_KNOWN_FRAME_ENCODING_CDR":
                case 2:
                    message.wellKnown = 2;
                    break;
                case "WELL_KNOWN_FRAME_ENCODING_PROTOBUF":
                case 3:
                    message.wellKnown = 3;
                    break;
                case "WELL_KNOWN_FRAME_ENCODING_FLATBUFFER":
                case 4:
                    message.wellKnown = 4;
                    break;
                case "WELL_KNOWN_FRAME_ENCODING_CBOR":
                case 5:
                    message.wellKnown = 5;
                    break;
                case "WELL_KNOWN_FRAME_ENCODING_MSGPACK":
                case 6:
                    message.wellKnown = 6;
                    break;
                case "WELL_KNOWN_FRAME_ENCODING_JSON":
                case 7:
                    message.wellKnown = 7;
                    break;
                default:
                }
                if (object.custom != null)
                    message.custom = $String(object.custom);
                return message;
            };

            DataTrackFrameEncoding.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (message.wellKnown != null && $Object.hasOwnProperty.call(message, "wellKnown")) {
                    object.wellKnown = options.enums === $String ? $root.livekit.proto.DataTrackFrameEncoding.WellKnownFrameEncoding[message.wellKnown] === $undefined ? message.wellKnown : $root.livekit.proto.DataTrackFrameEncoding.WellKnownFrameEncoding[message.wellKnown] : message.wellKnown;
                    if (options.oneofs)
                        object.encoding = "wellKnown";
                }
                if (message.custom != null && $Object.hasOwnProperty.call(message, "custom")) {
                    object.custom = message.custom;
                    if (options.oneofs)
                        object.encoding = "custom";
                }
                return object;
            };

            DataTrackFrameEncoding.prototype.toJSON = function() {
                return DataTrackFrameEncoding.toObject(this, $protobuf.util.toJSONOptions);
            };

            DataTrackFrameEncoding.WellKnownFrameEncoding = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "WELL_KNOWN_FRAME_ENCODING_UNSPECIFIED"] = 0;
                values[valuesById[1] = "WELL_KNOWN_FRAME_ENCODING_ROS1"] = 1;
                values[valuesById[2] = "WELL_KNOWN_FRAME_ENCODING_CDR"] = 2;
                values[valuesById[3] = "WELL_KNOWN_FRAME_ENCODING_PROTOBUF"] = 3;
                values[valuesById[4] = "WELL_KNOWN_FRAME_ENCODING_FLATBUFFER"] = 4;
                values[valuesById[5] = "WELL_KNOWN_FRAME_ENCODING_CBOR"] = 5;
                values[valuesById[6] = "WELL_KNOWN_FRAME_ENCODING_MSGPACK"] = 6;
                values[valuesById[7] = "WELL_KNOWN_FRAME_ENCODING_JSON"] = 7;
                return values;
            })();

            return DataTrackFrameEncoding;
        })();

        proto.DataTrackSchemaId = (function() {

            const DataTrackSchemaId = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            DataTrackSchemaId.prototype.name = "";
            DataTrackSchemaId.prototype.encoding = null;

            DataTrackSchemaId.create = function(properties) {
                return new DataTrackSchemaId(properties);
            };

            DataTrackSchemaId.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                writer.uint32(10).string(message.name);
                if (message.encoding != null && $Object.hasOwnProperty.call(message, "encoding"))
                    $root.livekit.proto.DataTrackSchemaEncoding.encode(message.encoding, writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            DataTrackSchemaId.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.livekit.proto.DataTrackSchemaId();
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
                            message.name = reader.string();
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.encoding = $root.livekit.proto.DataTrackSchemaEncoding.decode(reader, reader.size(), $undefined, _depth + 1, message.encoding);
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
                if (!$Object.hasOwnProperty.call(message, "name"))
                    throw $util.ProtocolError("missing required 'name'", { instance: message });
                return message;
            };

            DataTrackSchemaId.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (!$util.isString(message.name))
                    return "name: string expected";
                if (message.encoding != null && $Object.hasOwnProperty.call(message, "encoding")) {
                    let error = $root.livekit.proto.DataTrackSchemaEncoding.verify(message.encoding, _depth + 1);
                    if (error)
                        return "encoding." + error;
                }
                return null;
            };

            DataTrackSchemaId.fromObject = function (object, _depth) {
                if (object instanceof $root.livekit.proto.DataTrackSchemaId)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".livekit.proto.DataTrackSchemaId: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.livekit.proto.DataTrackSchemaId();
                if (object.name != null)
                    message.name = $String(object.name);
                if (object.encoding != null) {
                    if (!$util.isObject(object.encoding))
                        throw $TypeError(".livekit.proto.DataTrackSchemaId.encoding: object expected");
                    message.encoding = $root.livekit.proto.DataTrackSchemaEncoding.fromObject(object.encoding, _depth + 1);
                }
                return message;
            };

            DataTrackSchemaId.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.name = "";
                    object.encoding = null;
                }
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.encoding != null && $Object.hasOwnProperty.call(message, "encoding"))
                    object.encoding = $root.livekit.proto.DataTrackSchemaEncoding.toObject(message.encoding, options, _depth + 1);
                return object;
            };

            DataTrackSchemaId.prototype.toJSON = function() {
                return DataTrackSchemaId.toObject(this, $protobuf.util.toJSONOptions);
            };

            return DataTrackSchemaId;
        })();

        proto.DefineSchemaRequest = (function() {

            const DefineSchemaRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            DefineSchemaRequest.prototype.localParticipantHandle = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            DefineSchemaRequest.prototype.schemaId = null;
            DefineSchemaRequest.prototype.definition = "";
            DefineSchemaRequest.prototype.requestAsyncId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            DefineSchemaRequest.create = function(properties) {
                return new DefineSchemaRequest(properties);
            };

            DefineSchemaRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                writer.uint32(8).uint64(message.localParticipantHandle);
                $root.livekit.proto.DataTrackSchemaId.encode(message.schemaId, writer.uint32(18).fork(), _depth + 1).ldelim();
                writer.uint32(26).string(message.definition);
                if (message.requestAsyncId != null && $Object.hasOwnProperty.call(message, "requestAsyncId"))
                    writer.uint32(32).uint64(message.requestAsyncId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            DefineSchemaRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.livekit.proto.DefineSchemaRequest();
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
                            message.localParticipantHandle = reader.uint64();
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.schemaId = $root.livekit.proto.DataTrackSchemaId.decode(reader, reader.size(), $undefined, _depth + 1, message.schemaId);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.definition = reader.string();
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            message.requestAsyncId = reader.uint64();
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
                if (!$Object.hasOwnProperty.call(message, "localParticipantHandle"))
                    throw $util.ProtocolError("missing required 'localParticipantHandle'", { instance: message });
                if (!$Object.hasOwnProperty.call(message, "schemaId"))
                    throw $util.ProtocolError("missing required 'schemaId'", { instance: message });
                if (!$Object.hasOwnProperty.call(message, "definition"))
                    throw $util.ProtocolError("missing required 'definition'", { instance: message });
                return message;
            };

            DefineSchemaRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (!$util.isInteger(message.localParticipantHandle) && !(message.localParticipantHandle && $util.isInteger(message.localParticipantHandle.low) && $util.isInteger(message.localParticipantHandle.high)))
                    return "localParticipantHandle: integer|Long expected";
                {
                    let error = $root.livekit.proto.DataTrackSchemaId.verify(message.schemaId, _depth + 1);
                    if (error)
                        return "schemaId." + error;
                }
                if (!$util.isString(message.definition))
                    return "definition: string expected";
                if (message.requestAsyncId != null && $Object.hasOwnProperty.call(message, "requestAsyncId"))
                    if (!$util.isInteger(message.requestAsyncId) && !(message.requestAsyncId && $util.isInteger(message.requestAsyncId.low) && $util.isInteger(message.requestAsyncId.high)))
                        return "requestAsyncId: integer|Long expected";
                return null;
            };

            DefineSchemaRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.livekit.proto.DefineSchemaRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".livekit.proto.DefineSchemaRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.livekit.proto.DefineSchemaRequest();
                if (object.localParticipantHandle != null)
                    if ($util.Long)
                        message.localParticipantHandle = $util.Long.fromValue(object.localParticipantHandle, true);
                    else if (typeof object.localParticipantHandle === "string")
                        message.localParticipantHandle = $parseInt(object.localParticipantHandle, 10);
                    else if (typeof object.localParticipantHandle === "number")
                        message.localParticipantHandle = object.localParticipantHandle;
                    else if (typeof object.localParticipantHandle === "object")
                        message.localParticipantHandle = new $util.LongBits(object.localParticipantHandle.low >>> 0, object.localParticipantHandle.high >>> 0).toNumber(true);
                if (object.schemaId != null) {
                    if (!$util.isObject(object.schemaId))
                        throw $TypeError(".livekit.proto.DefineSchemaRequest.schemaId: object expected");
                    message.schemaId = $root.livekit.proto.DataTrackSchemaId.fromObject(object.schemaId, _depth + 1);
                }
                if (object.definition != null)
                    message.definition = $String(object.definition);
                if (object.requestAsyncId != null)
                    if ($util.Long)
                        message.requestAsyncId = $util.Long.fromValue(object.requestAsyncId, true);
                    else if (typeof object.requestAsyncId === "string")
                        message.requestAsyncId = $parseInt(object.requestAsyncId, 10);
                    else if (typeof object.requestAsyncId === "number")
                        message.requestAsyncId = object.requestAsyncId;
                    else if (typeof object.requestAsyncId === "object")
                        message.requestAsyncId = new $util.LongBits(object.requestAsyncId.low >>> 0, object.requestAsyncId.high >>> 0).toNumber(true);
                return message;
            };

            DefineSchemaRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.localParticipantHandle = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.localParticipantHandle = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.schemaId = null;
                    object.definition = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.requestAsyncId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.requestAsyncId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.localParticipantHandle != null && $Object.hasOwnProperty.call(message, "localParticipantHandle"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.localParticipantHandle = typeof message.localParticipantHandle === "number" ? $BigInt(message.localParticipantHandle) : $util.Long.fromBits(message.localParticipantHandle.low >>> 0, message.localParticipantHandle.high >>> 0, true).toBigInt();
                    else if (typeof message.localParticipantHandle === "number")
                        object.localParticipantHandle = options.longs === $String ? $String(message.localParticipantHandle) : message.localParticipantHandle;
                    else
                        object.localParticipantHandle = options.longs === $String ? $util.Long.prototype.toString.call(message.localParticipantHandle) : options.longs === $Number ? new $util.LongBits(message.localParticipantHandle.low >>> 0, message.localParticipantHandle.high >>> 0).toNumber(true) : message.localParticipantHandle;
                if (message.schemaId != null && $Object.hasOwnProperty.call(message, "schemaId"))
                    object.schemaId = $root.livekit.proto.DataTrackSchemaId.toObject(message.schemaId, options, _depth + 1);
                if (message.definition != null && $Object.hasOwnProperty.call(message, "definition"))
                    object.definition = message.definition;
                if (message.requestAsyncId != null && $Object.hasOwnProperty.call(message, "requestAsyncId"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.requestAsyncId = typeof message.requestAsyncId === "number" ? $BigInt(message.requestAsyncId) : $util.Long.fromBits(message.requestAsyncId.low >>> 0, message.requestAsyncId.high >>> 0, true).toBigInt();
                    else if (typeof message.requestAsyncId === "number")
                        object.requestAsyncId = options.longs === $String ? $String(message.requestAsyncId) : message.requestAsyncId;
                    else
                        object.requestAsyncId = options.longs === $String ? $util.Long.prototype.toString.call(message.requestAsyncId) : options.longs === $Number ? new $util.LongBits(message.requestAsyncId.low >>> 0, message.requestAsyncId.high >>> 0).toNumber(true) : message.requestAsyncId;
                return object;
            };

            DefineSchemaRequest.prototype.toJSON = function() {
                return DefineSchemaRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            return DefineSchemaRequest;
        })();

        proto.DefineSchemaResponse = (function() {

            const DefineSchemaResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            DefineSchemaResponse.prototype.asyncId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            DefineSchemaResponse.create = function(properties) {
                return new DefineSchemaResponse(properties);
            };

            DefineSchemaResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                writer.uint32(8).uint64(message.asyncId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            DefineSchemaResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.livekit.proto.DefineSchemaResponse();
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
                            message.asyncId = reader.uint64();
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
                if (!$Object.hasOwnProperty.call(message, "asyncId"))
                    throw $util.ProtocolError("missing required 'asyncId'", { instance: message });
                return message;
            };

            DefineSchemaResponse.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (!$util.isInteger(message.asyncId) && !(message.asyncId && $util.isInteger(message.asyncId.low) && $util.isInteger(message.asyncId.high)))
                    return "asyncId: integer|Long expected";
                return null;
            };

            DefineSchemaResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.livekit.proto.DefineSchemaResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".livekit.proto.DefineSchemaResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.livekit.proto.DefineSchemaResponse();
                if (object.asyncId != null)
                    if ($util.Long)
                        message.asyncId = $util.Long.fromValue(object.asyncId, true);
                    else if (typeof object.asyncId === "string")
                        message.asyncId = $parseInt(object.asyncId, 10);
                    else if (typeof object.asyncId === "number")
                        message.asyncId = object.asyncId;
                    else if (typeof object.asyncId === "object")
                        message.asyncId = new $util.LongBits(object.asyncId.low >>> 0, object.asyncId.high >>> 0).toNumber(true);
                return message;
            };

            DefineSchemaResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.asyncId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.asyncId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if (message.asyncId != null && $Object.hasOwnProperty.call(message, "asyncId"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.asyncId = typeof message.asyncId === "number" ? $BigInt(message.asyncId) : $util.Long.fromBits(message.asyncId.low >>> 0, message.asyncId.high >>> 0, true).toBigInt();
                    else if (typeof message.asyncId === "number")
                        object.asyncId = options.longs === $String ? $String(message.asyncId) : message.asyncId;
                    else
                        object.asyncId = options.longs === $String ? $util.Long.prototype.toString.call(message.asyncId) : options.longs === $Number ? new $util.LongBits(message.asyncId.low >>> 0, message.asyncId.high >>> 0).toNumber(true) : message.asyncId;
                return object;
            };

            DefineSchemaResponse.prototype.toJSON = function() {
                return DefineSchemaResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            return DefineSchemaResponse;
        })();

        proto.DefineSchemaCallback = (function() {

            const DefineSchemaCallback = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            DefineSchemaCallback.prototype.asyncId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            DefineSchemaCallback.prototype.error = "";

            DefineSchemaCallback.create = function(properties) {
                return new DefineSchemaCallback(properties);
            };

            DefineSchemaCallback.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                writer.uint32(8).uint64(message.asyncId);
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    writer.uint32(18).string(message.error);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            DefineSchemaCallback.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.livekit.proto.DefineSchemaCallback();
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
                            message.asyncId = reader.uint64();
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.error = reader.string();
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
                if (!$Object.hasOwnProperty.call(message, "asyncId"))
                    throw $util.ProtocolError("missing required 'asyncId'", { instance: message });
                return message;
            };

            DefineSchemaCallback.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (!$util.isInteger(message.asyncId) && !(message.asyncId && $util.isInteger(message.asyncId.low) && $util.isInteger(message.asyncId.high)))
                    return "asyncId: integer|Long expected";
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    if (!$util.isString(message.error))
                        return "error: string expected";
                return null;
            };

            DefineSchemaCallback.fromObject = function (object, _depth) {
                if (object instanceof $root.livekit.proto.DefineSchemaCallback)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".livekit.proto.DefineSchemaCallback: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.livekit.proto.DefineSchemaCallback();
                if (object.asyncId != null)
                    if ($util.Long)
                        message.asyncId = $util.Long.fromValue(object.asyncId, true);
                    else if (typeof object.asyncId === "string")
                        message.asyncId = $parseInt(object.asyncId, 10);
                    else if (typeof object.asyncId === "number")
                        message.asyncId = object.asyncId;
                    else if (typeof object.asyncId === "object")
                        message.asyncId = new $util.LongBits(object.asyncId.low >>> 0, object.asyncId.high >>> 0).toNumber(true);
                if (object.error != null)
                    message.error = $String(object.error);
                return message;
            };

            DefineSchemaCallback.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.asyncId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.asyncId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.error = "";
                }
                if (message.asyncId != null && $Object.hasOwnProperty.call(message, "asyncId"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.asyncId = typeof message.asyncId === "number" ? $BigInt(message.asyncId) : $util.Long.fromBits(message.asyncId.low >>> 0, message.asyncId.high >>> 0, true).toBigInt();
                    else if (typeof message.asyncId === "number")
                        object.asyncId = options.longs === $String ? $String(message.asyncId) : message.asyncId;
                    else
                        object.asyncId = options.longs === $String ? $util.Long.prototype.toString.call(message.asyncId) : options.longs === $Number ? new $util.LongBits(message.asyncId.low >>> 0, message.asyncId.high >>> 0).toNumber(true) : message.asyncId;
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    object.error = message.error;
                return object;
            };

            DefineSchemaCallback.prototype.toJSON = function() {
                return DefineSchemaCallback.toObject(this, $protobuf.util.toJSONOptions);
            };

            return DefineSchemaCallback;
        })();

        proto.GetSchemaRequest = (function() {

            const GetSchemaRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            GetSchemaRequest.prototype.localParticipantHandle = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            GetSchemaRequest.prototype.schemaId = null;
            GetSchemaRequest.prototype.participantIdentity = "";
            GetSchemaRequest.prototype.requestAsyncId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            GetSchemaRequest.create = function(properties) {
                return new GetSchemaRequest(properties);
            };

            GetSchemaRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                writer.uint32(8).uint64(message.localParticipantHandle);
                $root.livekit.proto.DataTrackSchemaId.encode(message.schemaId, writer.uint32(18).fork(), _depth + 1).ldelim();
                writer.uint32(26).string(message.participantIdentity);
                if (message.requestAsyncId != null && $Object.hasOwnProperty.call(message, "requestAsyncId"))
                    writer.uint32(32).uint64(message.requestAsyncId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            GetSchemaRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.livekit.proto.GetSchemaRequest();
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
                            message.localParticipantHandle = reader.uint64();
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.schemaId = $root.livekit.proto.DataTrackSchemaId.decode(reader, reader.size(), $undefined, _depth + 1, message.schemaId);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.participantIdentity = reader.string();
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            message.requestAsyncId = reader.uint64();
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
                if (!$Object.hasOwnProperty.call(message, "localParticipantHandle"))
                    throw $util.ProtocolError("missing required 'localParticipantHandle'", { instance: message });
                if (!$Object.hasOwnProperty.call(message, "schemaId"))
                    throw $util.ProtocolError("missing required 'schemaId'", { instance: message });
                if (!$Object.hasOwnProperty.call(message, "participantIdentity"))
                    throw $util.ProtocolError("missing required 'participantIdentity'", { instance: message });
                return message;
            };

            GetSchemaRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (!$util.isInteger(message.localParticipantHandle) && !(message.localParticipantHandle && $util.isInteger(message.localParticipantHandle.low) && $util.isInteger(message.localParticipantHandle.high)))
                    return "localParticipantHandle: integer|Long expected";
                {
                    let error = $root.livekit.proto.DataTrackSchemaId.verify(message.schemaId, _depth + 1);
                    if (error)
                        return "schemaId." + error;
                }
                if (!$util.isString(message.participantIdentity))
                    return "participantIdentity: string expected";
                if (message.requestAsyncId != null && $Object.hasOwnProperty.call(message, "requestAsyncId"))
                    if (!$util.isInteger(message.requestAsyncId) && !(message.requestAsyncId && $util.isInteger(message.requestAsyncId.low) && $util.isInteger(message.requestAsyncId.high)))
                        return "requestAsyncId: integer|Long expected";
                return null;
            };

            GetSchemaRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.livekit.proto.GetSchemaRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".livekit.proto.GetSchemaRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.livekit.proto.GetSchemaRequest();
                if (object.localParticipantHandle != null)
                    if ($util.Long)
                        message.localParticipantHandle = $util.Long.fromValue(object.localParticipantHandle, true);
                    else if (typeof object.localParticipantHandle === "string")
                        message.localParticipantHandle = $parseInt(object.localParticipantHandle, 10);
                    else if (typeof object.localParticipantHandle === "number")
                        message.localParticipantHandle = object.localParticipantHandle;
                    else if (typeof object.localParticipantHandle === "object")
                        message.localParticipantHandle = new $util.LongBits(object.localParticipantHandle.low >>> 0, object.localParticipantHandle.high >>> 0).toNumber(true);
                if (object.schemaId != null) {
                    if (!$util.isObject(object.schemaId))
                        throw $TypeError(".livekit.proto.GetSchemaRequest.schemaId: object expected");
                    message.schemaId = $root.livekit.proto.DataTrackSchemaId.fromObject(object.schemaId, _depth + 1);
                }
                if (object.participantIdentity != null)
                    message.participantIdentity = $String(object.participantIdentity);
                if (object.requestAsyncId != null)
                    if ($util.Long)
                        message.requestAsyncId = $util.Long.fromValue(object.requestAsyncId, true);
                    else if (typeof object.requestAsyncId === "string")
                        message.requestAsyncId = $parseInt(object.requestAsyncId, 10);
                    else if (typeof object.requestAsyncId === "number")
                        message.requestAsyncId = object.requestAsyncId;
                    else if (typeof object.requestAsyncId === "object")
                        message.requestAsyncId = new $util.LongBits(object.requestAsyncId.low >>> 0, object.requestAsyncId.high >>> 0).toNumber(true);
                return message;
            };

            GetSchemaRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.localParticipantHandle = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.localParticipantHandle = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.schemaId = null;
                    object.participantIdentity = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.requestAsyncId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.requestAsyncId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.localParticipantHandle != null && $Object.hasOwnProperty.call(message, "localParticipantHandle"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.localParticipantHandle = typeof message.localParticipantHandle === "number" ? $BigInt(message.localParticipantHandle) : $util.Long.fromBits(message.localParticipantHandle.low >>> 0, message.localParticipantHandle.high >>> 0, true).toBigInt();
                    else if (typeof message.localParticipantHandle === "number")
                        object.localParticipantHandle = options.longs === $String ? $String(message.localParticipantHandle) : message.localParticipantHandle;
                    else
                        object.localParticipantHandle = options.longs === $String ? $util.Long.prototype.toString.call(message.localParticipantHandle) : options.longs === $Number ? new $util.LongBits(message.localParticipantHandle.low >>> 0, message.localParticipantHandle.high >>> 0).toNumber(true) : message.localParticipantHandle;
                if (message.schemaId != null && $Object.hasOwnProperty.call(message, "schemaId"))
                    object.schemaId = $root.livekit.proto.DataTrackSchemaId.toObject(message.schemaId, options, _depth + 1);
                if (message.participantIdentity != null && $Object.hasOwnProperty.call(message, "participantIdentity"))
                    object.participantIdentity = message.participantIdentity;
                if (message.requestAsyncId != null && $Object.hasOwnProperty.call(message, "requestAsyncId"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.requestAsyncId = typeof message.requestAsyncId === "number" ? $BigInt(message.requestAsyncId) : $util.Long.fromBits(message.requestAsyncId.low >>> 0, message.requestAsyncId.high >>> 0, true).toBigInt();
                    else if (typeof message.requestAsyncId === "number")
                        object.requestAsyncId = options.longs === $String ? $String(message.requestAsyncId) : message.requestAsyncId;
                    else
                        object.requestAsyncId = options.longs === $String ? $util.Long.prototype.toString.call(message.requestAsyncId) : options.longs === $Number ? new $util.LongBits(message.requestAsyncId.low >>> 0, message.requestAsyncId.high >>> 0).toNumber(true) : message.requestAsyncId;
                return object;
            };

            GetSchemaRequest.prototype.toJSON = function() {
                return GetSchemaRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            return GetSchemaRequest;
        })();

        proto.GetSchemaResponse = (function() {

            const GetSchemaResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            GetSchemaResponse.prototype.asyncId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            GetSchemaResponse.create = function(properties) {
                return new GetSchemaResponse(properties);
            };

            GetSchemaResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                writer.uint32(8).uint64(message.asyncId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            GetSchemaResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.livekit.proto.GetSchemaResponse();
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
                            message.asyncId = reader.uint64();
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
                if (!$Object.hasOwnProperty.call(message, "asyncId"))
                    throw $util.ProtocolError("missing required 'asyncId'", { instance: message });
                return message;
            };

            GetSchemaResponse.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (!$util.isInteger(message.asyncId) && !(message.asyncId && $util.isInteger(message.asyncId.low) && $util.isInteger(message.asyncId.high)))
                    return "asyncId: integer|Long expected";
                return null;
            };

            GetSchemaResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.livekit.proto.GetSchemaResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".livekit.proto.GetSchemaResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.livekit.proto.GetSchemaResponse();
                if (object.asyncId != null)
                    if ($util.Long)
                        message.asyncId = $util.Long.fromValue(object.asyncId, true);
                    else if (typeof object.asyncId === "string")
                        message.asyncId = $parseInt(object.asyncId, 10);
                    else if (typeof object.asyncId === "number")
                        message.asyncId = object.asyncId;
                    else if (typeof object.asyncId === "object")
                        message.asyncId = new $util.LongBits(object.asyncId.low >>> 0, object.asyncId.high >>> 0).toNumber(true);
                return message;
            };

            GetSchemaResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.asyncId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.asyncId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if (message.asyncId != null && $Object.hasOwnProperty.call(message, "asyncId"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.asyncId = typeof message.asyncId === "number" ? $BigInt(message.asyncId) : $util.Long.fromBits(message.asyncId.low >>> 0, message.asyncId.high >>> 0, true).toBigInt();
                    else if (typeof message.asyncId === "number")
                        object.asyncId = options.longs === $String ? $String(message.asyncId) : message.asyncId;
                    else
                        object.asyncId = options.longs === $String ? $util.Long.prototype.toString.call(message.asyncId) : options.longs === $Number ? new $util.LongBits(message.asyncId.low >>> 0, message.asyncId.high >>> 0).toNumber(true) : message.asyncId;
                return object;
            };

            GetSchemaResponse.prototype.toJSON = function() {
                return GetSchemaResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            return GetSchemaResponse;
        })();

        proto.GetSchemaCallback = (function() {

            const GetSchemaCallback = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            GetSchemaCallback.prototype.asyncId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            GetSchemaCallback.prototype.definition = "";
            GetSchemaCallback.prototype.error = "";

            GetSchemaCallback.create = function(properties) {
                return new GetSchemaCallback(properties);
            };

            GetSchemaCallback.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                writer.uint32(8).uint64(message.asyncId);
                if (message.definition != null && $Object.hasOwnProperty.call(message, "definition"))
                    writer.uint32(18).string(message.definition);
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    writer.uint32(26).string(message.error);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            GetSchemaCallback.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.livekit.proto.GetSchemaCallback();
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
                            message.asyncId = reader.uint64();
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.definition = reader.string();
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.error = reader.string();
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
                if (!$Object.hasOwnProperty.call(message, "asyncId"))
                    throw $util.ProtocolError("missing required 'asyncId'", { instance: message });
                return message;
            };

            GetSchemaCallback.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (!$util.isInteger(message.asyncId) && !(message.asyncId && $util.isInteger(message.asyncId.low) && $util.isInteger(message.asyncId.high)))
                    return "asyncId: integer|Long expected";
                if (message.definition != null && $Object.hasOwnProperty.call(message, "definition"))
                    if (!$util.isString(message.definition))
                        return "definition: string expected";
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    if (!$util.isString(message.error))
                        return "error: string expected";
                return null;
            };

            GetSchemaCallback.fromObject = function (object, _depth) {
                if (object instanceof $root.livekit.proto.GetSchemaCallback)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".livekit.proto.GetSchemaCallback: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.livekit.proto.GetSchemaCallback();
                if (object.asyncId != null)
                    if ($util.Long)
                        message.asyncId = $util.Long.fromValue(object.asyncId, true);
                    else if (typeof object.asyncId === "string")
                        message.asyncId = $parseInt(object.asyncId, 10);
                    else if (typeof object.asyncId === "number")
                        message.asyncId = object.asyncId;
                    else if (typeof object.asyncId === "object")
                        message.asyncId = new $util.LongBits(object.asyncId.low >>> 0, object.asyncId.high >>> 0).toNumber(true);
                if (object.definition != null)
                    message.definition = $String(object.definition);
                if (object.error != null)
                    message.error = $String(object.error);
                return message;
            };

            GetSchemaCallback.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.asyncId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.asyncId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.definition = "";
                    object.error = "";
                }
                if (message.asyncId != null && $Object.hasOwnProperty.call(message, "asyncId"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.asyncId = typeof message.asyncId === "number" ? $BigInt(message.asyncId) : $util.Long.fromBits(message.asyncId.low >>> 0, message.asyncId.high >>> 0, true).toBigInt();
                    else if (typeof message.asyncId === "number")
                        object.asyncId = options.longs === $String ? $String(message.asyncId) : message.asyncId;
                    else
                        object.asyncId = options.longs === $String ? $util.Long.prototype.toString.call(message.asyncId) : options.longs === $Number ? new $util.LongBits(message.asyncId.low >>> 0, message.asyncId.high >>> 0).toNumber(true) : message.asyncId;
                if (message.definition != null && $Object.hasOwnProperty.call(message, "definition"))
                    object.definition = message.definition;
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    object.error = message.error;
                return object;
            };

            GetSchemaCallback.prototype.toJSON = function() {
                return GetSchemaCallback.toObject(this, $protobuf.util.toJSONOptions);
            };

            return GetSchemaCallback;
        })();

        proto.RtcStatsData = (function() {

            const RtcStatsData = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            RtcStatsData.prototype.id = "";
            RtcStatsData.prototype.timestamp = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            RtcStatsData.create = function(properties) {
                return new RtcStatsData(properties);
            };

            RtcStatsData.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                writer.uint32(10).string(message.id);
                writer.uint32(16).int64(message.timestamp);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            RtcStatsData.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.livekit.proto.RtcStatsData();
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
                            message.id = reader.string();
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            message.timestamp = reader.int64();
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
                if (!$Object.hasOwnProperty.call(message, "id"))
                    throw $util.ProtocolError("missing required 'id'", { instance: message });
                if (!$Object.hasOwnProperty.call(message, "timestamp"))
                    throw $util.ProtocolError("missing required 'timestamp'", { instance: message });
                return message;
            };

            RtcStatsData.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (!$util.isString(message.id))
                    return "id: string expected";
                if (!$util.isInteger(message.timestamp) && !(message.timestamp && $util.isInteger(message.timestamp.low) && $util.isInteger(message.timestamp.high)))
                    return "timestamp: integer|Long expected";
                return null;
            };

            RtcStatsData.fromObject = function (object, _depth) {
                if (object instanceof $root.livekit.proto.RtcStatsData)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".livekit.proto.RtcStatsData: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.livekit.proto.RtcStatsData();
                if (object.id != null)
                    message.id = $String(object.id);
                if (object.timestamp != null)
                    if ($util.Long)
                        message.timestamp = $util.Long.fromValue(object.timestamp, false);
                    else if (typeof object.timestamp === "string")
                        message.timestamp = $parseInt(object.timestamp, 10);
                    else if (typeof object.timestamp === "number")
                        message.timestamp = object.timestamp;
                    else if (typeof object.timestamp === "object")
                        message.timestamp = new $util.LongBits(object.timestamp.low >>> 0, object.timestamp.high >>> 0).toNumber();
                return message;
            };

            RtcStatsData.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.id = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.timestamp = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.timestamp = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    object.id = message.id;
                if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.timestamp = typeof message.timestamp === "number" ? $BigInt(message.timestamp) : $util.Long.fromBits(message.timestamp.low >>> 0, message.timestamp.high >>> 0, false).toBigInt();
                    else if (typeof message.timestamp === "number")
                        object.timestamp = options.longs === $String ? $String(message.timestamp) : message.timestamp;
                    else
                        object.timestamp = options.longs === $String ? $util.Long.prototype.toString.call(message.timestamp) : options.longs === $Number ? new $util.LongBits(message.timestamp.low >>> 0, message.timestamp.high >>> 0).toNumber() : message.timestamp;
                return object;
            };

            RtcStatsData.prototype.toJSON = function() {
                return RtcStatsData.toObject(this, $protobuf.util.toJSONOptions);
            };

            return RtcStatsData;
        })();

        proto.DataChannelStats = (function() {

            const DataChannelStats = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            DataChannelStats.prototype.label = "";
            DataChannelStats.prototype.protocol = "";
            DataChannelStats.prototype.dataChannelIdentifier = 0;
            DataChannelStats.prototype.messagesSent = 0;
            DataChannelStats.prototype.bytesSent = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            DataChannelStats.prototype.messagesReceived = 0;
            DataChannelStats.prototype.bytesReceived = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            DataChannelStats.create = function(properties) {
                return new DataChannelStats(properties);
            };

            DataChannelStats.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                writer.uint32(10).string(message.label);
                writer.uint32(18).string(message.protocol);
                writer.uint32(24).int32(message.dataChannelIdentifier);
                writer.uint32(40).uint32(message.messagesSent);
                writer.uint32(48).uint64(message.bytesSent);
                writer.uint32(56).uint32(message.messagesReceived);
                writer.uint32(64).uint64(message.bytesReceived);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            DataChannelStats.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.livekit.proto.DataChannelStats();
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
                            message.label = reader.string();
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.protocol = reader.string();
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            message.dataChannelIdentifier = reader.int32();
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            message.messagesSent = reader.uint32();
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            message.bytesSent = reader.uint64();
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            message.messagesReceived = reader.uint32();
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            message.bytesReceived = reader.uint64();
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
                if (!$Object.hasOwnProperty.call(message, "label"))
                    throw $util.ProtocolError("missing required 'label'", { instance: message });
                if (!$Object.hasOwnProperty.call(message, "protocol"))
                    throw $util.ProtocolError("missing required 'protocol'", { instance: message });
                if (!$Object.hasOwnProperty.call(message, "dataChannelIdentifier"))
                    throw $util.ProtocolError("missing required 'dataChannelIdentifier'", { instance: message });
                if (!$Object.hasOwnProperty.call(message, "messagesSent"))
                    throw $util.ProtocolError("missing required 'messagesSent'", { instance: message });
                if (!$Object.hasOwnProperty.call(message, "bytesSent"))
                    throw $util.ProtocolError("missing required 'bytesSent'", { instance: message });
                if (!$Object.hasOwnProperty.call(message, "messagesReceived"))
                    throw $util.ProtocolError("missing required 'messagesReceived'", { instance: message });
                if (!$Object.hasOwnProperty.call(message, "bytesReceived"))
                    throw $util.ProtocolError("missing required 'bytesReceived'", { instance: message });
                return message;
            };

            DataChannelStats.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (!$util.isString(message.label))
                    return "label: string expected";
                if (!$util.isString(message.protocol))
                    return "protocol: string expected";
                if (!$util.isInteger(message.dataChannelIdentifier))
                    return "dataChannelIdentifier: integer expected";
                if (!$util.isInteger(message.messagesSent))
                    return "messagesSent: integer expected";
                if (!$util.isInteger(message.bytesSent) && !(message.bytesSent && $util.isInteger(message.bytesSent.low) && $util.isInteger(message.bytesSent.high)))
                    return "bytesSent: integer|Long expected";
                if (!$util.isInteger(message.messagesReceived))
                    return "messagesReceived: integer expected";
                if (!$util.isInteger(message.bytesReceived) && !(message.bytesReceived && $util.isInteger(message.bytesReceived.low) && $util.isInteger(message.bytesReceived.high)))
                    return "bytesReceived: integer|Long expected";
                return null;
            };

            DataChannelStats.fromObject = function (object, _depth) {
                if (object instanceof $root.livekit.proto.DataChannelStats)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".livekit.proto.DataChannelStats: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.livekit.proto.DataChannelStats();
                if (object.label != null)
                    message.label = $String(object.label);
                if (object.protocol != null)
                    message.protocol = $String(object.protocol);
                if (object.dataChannelIdentifier != null)
                    message.dataChannelIdentifier = object.dataChannelIdentifier | 0;
                if (object.messagesSent != null)
                    message.messagesSent = object.messagesSent >>> 0;
                if (object.bytesSent != null)
                    if ($util.Long)
                        message.bytesSent = $util.Long.fromValue(object.bytesSent, true);
                    else if (typeof object.bytesSent === "string")
                        message.bytesSent = $parseInt(object.bytesSent, 10);
                    else if (typeof object.bytesSent === "number")
                        message.bytesSent = object.bytesSent;
                    else if (typeof object.bytesSent === "object")
                        message.bytesSent = new $util.LongBits(object.bytesSent.low >>> 0, object.bytesSent.high >>> 0).toNumber(true);
                if (object.messagesReceived != null)
                    message.messagesReceived = object.messagesReceived >>> 0;
                if (object.bytesReceived != null)
                    if ($util.Long)
                        message.bytesReceived = $util.Long.fromValue(object.bytesReceived, true);
                    else if (typeof object.bytesReceived === "string")
                        message.bytesReceived = $parseInt(object.bytesReceived, 10);
                    else if (typeof object.bytesReceived === "number")
                        message.bytesReceived = object.bytesReceived;
                    else if (typeof object.bytesReceived === "object")
                        message.bytesReceived = new $util.LongBits(object.bytesReceived.low >>> 0, object.bytesReceived.high >>> 0).toNumber(true);
                return message;
            };

            DataChannelStats.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.label = "";
                    object.protocol = "";
                    object.dataChannelIdentifier = 0;
                    object.messagesSent = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.bytesSent = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.bytesSent = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.messagesReceived = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.bytesReceived = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.bytesReceived = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.label != null && $Object.hasOwnProperty.call(message, "label"))
                    object.label = message.label;
                if (message.protocol != null && $Object.hasOwnProperty.call(message, "protocol"))
                    object.protocol = message.protocol;
                if (message.dataChannelIdentifier != null && $Object.hasOwnProperty.call(message, "dataChannelIdentifier"))
                    object.dataChannelIdentifier = message.dataChannelIdentifier;
                if (message.messagesSent != null && $Object.hasOwnProperty.call(message, "messagesSent"))
                    object.messagesSent = message.messagesSent;
                if (message.bytesSent != null && $Object.hasOwnProperty.call(message, "bytesSent"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.bytesSent = typeof message.bytesSent === "number" ? $BigInt(message.bytesSent) : $util.Long.fromBits(message.bytesSent.low >>> 0, message.bytesSent.high >>> 0, true).toBigInt();
                    else if (typeof message.bytesSent === "number")
                        object.bytesSent = options.longs === $String ? $String(message.bytesSent) : message.bytesSent;
                    else
                        object.bytesSent = options.longs === $String ? $util.Long.prototype.toString.call(message.bytesSent) : options.longs === $Number ? new $util.LongBits(message.bytesSent.low >>> 0, message.bytesSent.high >>> 0).toNumber(true) : message.bytesSent;
                if (message.messagesReceived != null && $Object.hasOwnProperty.call(message, "messagesReceived"))
                    object.messagesReceived = message.messagesReceived;
                if (message.bytesReceived != null && $Object.hasOwnProperty.call(message, "bytesReceived"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.bytesReceived = typeof message.bytesReceived === "number" ? $BigInt(message.bytesReceived) : $util.Long.fromBits(message.bytesReceived.low >>> 0, message.bytesReceived.high >>> 0, true).toBigInt();
                    else if (typeof message.bytesReceived === "number")
                        object.bytesReceived = options.longs === $String ? $String(message.bytesReceived) : message.bytesReceived;
                    else
                        object.bytesReceived = options.longs === $String ? $util.Long.prototype.toString.call(message.bytesReceived) : options.longs === $Number ? new $util.LongBits(message.bytesReceived.low >>> 0, message.bytesReceived.high >>> 0).toNumber(true) : message.bytesReceived;
                return object;
            };

            DataChannelStats.prototype.toJSON = function() {
                return DataChannelStats.toObject(this, $protobuf.util.toJSONOptions);
            };

            return DataChannelStats;
        })();

        proto.RtcStats = (function() {

            const RtcStats = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            RtcStats.prototype.dataChannel = null;

            let $oneOfFields;

            $Object.defineProperty(RtcStats.prototype, "stats", {
                get: $util.oneOfGetter($oneOfFields = ["dataChannel"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            RtcStats.create = function(properties) {
                return new RtcStats(properties);
            };

            RtcStats.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.dataChannel != null && $Object.hasOwnProperty.call(message, "dataChannel"))
                    $root.livekit.proto.RtcStats.DataChannel.encode(message.dataChannel, writer.uint32(90).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            RtcStats.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.livekit.proto.RtcStats();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 11: {
                            if (wireType !== 2)
                                break;
                            message.dataChannel = $root.livekit.proto.RtcStats.DataChannel.decode(reader, reader.size(), $undefined, _depth + 1, message.dataChannel);
                            message.stats = "dataChannel";
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

            RtcStats.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.dataChannel != null && $Object.hasOwnProperty.call(message, "dataChannel")) {
                    properties.stats = 1;
                    {
                        let error = $root.livekit.proto.RtcStats.DataChannel.verify(message.dataChannel, _depth + 1);
                        if (error)
                            return "dataChannel." + error;
                    }
                }
                return null;
            };

            RtcStats.fromObject = function (object, _depth) {
                if (object instanceof $root.livekit.proto.RtcStats)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".livekit.proto.RtcStats: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.livekit.proto.RtcStats();
                if (object.dataChannel != null) {
                    if (!$util.isObject(object.dataChannel))
                        throw $TypeError(".livekit.proto.RtcStats.dataChannel: object expected");
                    message.dataChannel = $root.livekit.proto.RtcStats.DataChannel.fromObject(object.dataChannel, _depth + 1);
                }
                return message;
            };

            RtcStats.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (message.dataChannel != null && $Object.hasOwnProperty.call(message, "dataChannel")) {
                    object.dataChannel = $root.livekit.proto.RtcStats.DataChannel.toObject(message.dataChannel, options, _depth + 1);
                    if (options.oneofs)
                        object.stats = "dataChannel";
                }
                return object;
            };

            RtcStats.prototype.toJSON = function() {
                return RtcStats.toObject(this, $protobuf.util.toJSONOptions);
            };

            RtcStats.DataChannel = (function() {

                const DataChannel = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                DataChannel.prototype.rtc = null;
                DataChannel.prototype.dc = null;

                DataChannel.create = function(properties) {
                    return new DataChannel(properties);
                };

                DataChannel.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    $root.livekit.proto.RtcStatsData.encode(message.rtc, writer.uint32(10).fork(), _depth + 1).ldelim();
                    $root.livekit.proto.DataChannelStats.encode(message.dc, writer.uint32(18).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                DataChannel.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.livekit.proto.RtcStats.DataChannel();
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
                                message.rtc = $root.livekit.proto.RtcStatsData.decode(reader, reader.size(), $undefined, _depth + 1, message.rtc);
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.dc = $root.livekit.proto.DataChannelStats.decode(reader, reader.size(), $undefined, _depth + 1, message.dc);
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
                    if (!$Object.hasOwnProperty.call(message, "rtc"))
                        throw $util.ProtocolError("missing required 'rtc'", { instance: message });
                    if (!$Object.hasOwnProperty.call(message, "dc"))
                        throw $util.ProtocolError("missing required 'dc'", { instance: message });
                    return message;
                };

                DataChannel.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    {
                        let error = $root.livekit.proto.RtcStatsData.verify(message.rtc, _depth + 1);
                        if (error)
                            return "rtc." + error;
                    }
                    {
                        let error = $root.livekit.proto.DataChannelStats.verify(message.dc, _depth + 1);
                        if (error)
                            return "dc." + error;
                    }
                    return null;
                };

                DataChannel.fromObject = function (object, _depth) {
                    if (object instanceof $root.livekit.proto.RtcStats.DataChannel)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".livekit.proto.RtcStats.DataChannel: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.livekit.proto.RtcStats.DataChannel();
                    if (object.rtc != null) {
                        if (!$util.isObject(object.rtc))
                            throw $TypeError(".livekit.proto.RtcStats.DataChannel.rtc: object expected");
                        message.rtc = $root.livekit.proto.RtcStatsData.fromObject(object.rtc, _depth + 1);
                    }
                    if (object.dc != null) {
                        if (!$util.isObject(object.dc))
                            throw $TypeError(".livekit.proto.RtcStats.DataChannel.dc: object expected");
                        message.dc = $root.livekit.proto.DataChannelStats.fromObject(object.dc, _depth + 1);
                    }
                    return message;
                };

                DataChannel.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.rtc = null;
                        object.dc = null;
                    }
                    if (message.rtc != null && $Object.hasOwnProperty.call(message, "rtc"))
                        object.rtc = $root.livekit.proto.RtcStatsData.toObject(message.rtc, options, _depth + 1);
                    if (message.dc != null && $Object.hasOwnProperty.call(message, "dc"))
                        object.dc = $root.livekit.proto.DataChannelStats.toObject(message.dc, options, _depth + 1);
                    return object;
                };

                DataChannel.prototype.toJSON = function() {
                    return DataChannel.toObject(this, $protobuf.util.toJSONOptions);
                };

                return DataChannel;
            })();

            return RtcStats;
        })();

        return proto;
    })();

    return livekit;
})();

export {
  $root as default
};
