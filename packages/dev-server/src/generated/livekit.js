/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $parseInt = $util.global.parseInt, $BigInt = $util.global.BigInt, $String = $util.global.String, $Number = $util.global.Number, $Boolean = $util.global.Boolean, $Array = $util.global.Array;

// Exported root namespace
const $root = $protobuf.roots["effect_livekit_signal"] || ($protobuf.roots["effect_livekit_signal"] = {});

export const livekit = $root.livekit = (() => {

    /**
     * Namespace livekit.
     * @exports livekit
     * @namespace
     */
    const livekit = {};

    livekit.SignalRequest = (function() {

        /**
         * Properties of a SignalRequest.
         * @typedef {Object} livekit.SignalRequest.$Properties
         * @property {livekit.SessionDescription.$Properties|null} [offer] SignalRequest offer
         * @property {livekit.SessionDescription.$Properties|null} [answer] SignalRequest answer
         * @property {livekit.TrickleRequest.$Properties|null} [trickle] SignalRequest trickle
         * @property {livekit.LeaveRequest.$Properties|null} [leave] SignalRequest leave
         * @property {number|Long|null} [ping] SignalRequest ping
         * @property {livekit.Ping.$Properties|null} [pingReq] SignalRequest pingReq
         * @property {livekit.PublishDataTrackRequest.$Properties|null} [publishDataTrackRequest] SignalRequest publishDataTrackRequest
         * @property {livekit.UnpublishDataTrackRequest.$Properties|null} [unpublishDataTrackRequest] SignalRequest unpublishDataTrackRequest
         * @property {livekit.UpdateDataSubscription.$Properties|null} [updateDataSubscription] SignalRequest updateDataSubscription
         * @property {livekit.StoreDataBlobRequest.$Properties|null} [storeDataBlobRequest] SignalRequest storeDataBlobRequest
         * @property {livekit.GetDataBlobRequest.$Properties|null} [getDataBlobRequest] SignalRequest getDataBlobRequest
         * @property {"offer"|"answer"|"trickle"|"leave"|"ping"|"pingReq"|"publishDataTrackRequest"|"unpublishDataTrackRequest"|"updateDataSubscription"|"storeDataBlobRequest"|"getDataBlobRequest"} [message] SignalRequest message
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a SignalRequest.
         * @memberof livekit
         * @interface ISignalRequest
         * @augments livekit.SignalRequest.$Properties
         * @deprecated Use livekit.SignalRequest.$Properties instead.
         */

        /**
         * Narrowed shape of a SignalRequest.
         * @typedef {{
         *   offer?: livekit.SessionDescription.$Shape|null;
         *   answer?: livekit.SessionDescription.$Shape|null;
         *   trickle?: livekit.TrickleRequest.$Shape|null;
         *   leave?: livekit.LeaveRequest.$Shape|null;
         *   ping?: number|Long|null;
         *   pingReq?: livekit.Ping.$Shape|null;
         *   publishDataTrackRequest?: livekit.PublishDataTrackRequest.$Shape|null;
         *   unpublishDataTrackRequest?: livekit.UnpublishDataTrackRequest.$Shape|null;
         *   updateDataSubscription?: livekit.UpdateDataSubscription.$Shape|null;
         *   storeDataBlobRequest?: livekit.StoreDataBlobRequest.$Shape|null;
         *   getDataBlobRequest?: livekit.GetDataBlobRequest.$Shape|null;
         *   $unknowns?: Array.<Uint8Array>;
         * } & (
         *   ({ message?: undefined; offer?: null; answer?: null; trickle?: null; leave?: null; ping?: null; pingReq?: null; publishDataTrackRequest?: null; unpublishDataTrackRequest?: null; updateDataSubscription?: null; storeDataBlobRequest?: null; getDataBlobRequest?: null }|{ message?: "offer"; offer: livekit.SessionDescription.$Shape; answer?: null; trickle?: null; leave?: null; ping?: null; pingReq?: null; publishDataTrackRequest?: null; unpublishDataTrackRequest?: null; updateDataSubscription?: null; storeDataBlobRequest?: null; getDataBlobRequest?: null }|{ message?: "answer"; offer?: null; answer: livekit.SessionDescription.$Shape; trickle?: null; leave?: null; ping?: null; pingReq?: null; publishDataTrackRequest?: null; unpublishDataTrackRequest?: null; updateDataSubscription?: null; storeDataBlobRequest?: null; getDataBlobRequest?: null }|{ message?: "trickle"; offer?: null; answer?: null; trickle: livekit.TrickleRequest.$Shape; leave?: null; ping?: null; pingReq?: null; publishDataTrackRequest?: null; unpublishDataTrackRequest?: null; updateDataSubscription?: null; storeDataBlobRequest?: null; getDataBlobRequest?: null }|{ message?: "leave"; offer?: null; answer?: null; trickle?: null; leave: livekit.LeaveRequest.$Shape; ping?: null; pingReq?: null; publishDataTrackRequest?: null; unpublishDataTrackRequest?: null; updateDataSubscription?: null; storeDataBlobRequest?: null; getDataBlobRequest?: null }|{ message?: "ping"; offer?: null; answer?: null; trickle?: null; leave?: null; ping: number|Long; pingReq?: null; publishDataTrackRequest?: null; unpublishDataTrackRequest?: null; updateDataSubscription?: null; storeDataBlobRequest?: null; getDataBlobRequest?: null }|{ message?: "pingReq"; offer?: null; answer?: null; trickle?: null; leave?: null; ping?: null; pingReq: livekit.Ping.$Shape; publishDataTrackRequest?: null; unpublishDataTrackRequest?: null; updateDataSubscription?: null; storeDataBlobRequest?: null; getDataBlobRequest?: null }|{ message?: "publishDataTrackRequest"; offer?: null; answer?: null; trickle?: null; leave?: null; ping?: null; pingReq?: null; publishDataTrackRequest: livekit.PublishDataTrackRequest.$Shape; unpublishDataTrackRequest?: null; updateDataSubscription?: null; storeDataBlobRequest?: null; getDataBlobRequest?: null }|{ message?: "unpublishDataTrackRequest"; offer?: null; answer?: null; trickle?: null; leave?: null; ping?: null; pingReq?: null; publishDataTrackRequest?: null; unpublishDataTrackRequest: livekit.UnpublishDataTrackRequest.$Shape; updateDataSubscription?: null; storeDataBlobRequest?: null; getDataBlobRequest?: null }|{ message?: "updateDataSubscription"; offer?: null; answer?: null; trickle?: null; leave?: null; ping?: null; pingReq?: null; publishDataTrackRequest?: null; unpublishDataTrackRequest?: null; updateDataSubscription: livekit.UpdateDataSubscription.$Shape; storeDataBlobRequest?: null; getDataBlobRequest?: null }|{ message?: "storeDataBlobRequest"; offer?: null; answer?: null; trickle?: null; leave?: null; ping?: null; pingReq?: null; publishDataTrackRequest?: null; unpublishDataTrackRequest?: null; updateDataSubscription?: null; storeDataBlobRequest: livekit.StoreDataBlobRequest.$Shape; getDataBlobRequest?: null }|{ message?: "getDataBlobRequest"; offer?: null; answer?: null; trickle?: null; leave?: null; ping?: null; pingReq?: null; publishDataTrackRequest?: null; unpublishDataTrackRequest?: null; updateDataSubscription?: null; storeDataBlobRequest?: null; getDataBlobRequest: livekit.GetDataBlobRequest.$Shape })
         * )} livekit.SignalRequest.$Shape
         */

        /**
         * Constructs a new SignalRequest.
         * @memberof livekit
         * @classdesc Represents a SignalRequest.
         * @constructor
         * @param {livekit.SignalRequest.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const SignalRequest = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * SignalRequest offer.
         * @member {livekit.SessionDescription.$Properties|null|undefined} offer
         * @memberof livekit.SignalRequest
         * @instance
         */
        SignalRequest.prototype.offer = null;

        /**
         * SignalRequest answer.
         * @member {livekit.SessionDescription.$Properties|null|undefined} answer
         * @memberof livekit.SignalRequest
         * @instance
         */
        SignalRequest.prototype.answer = null;

        /**
         * SignalRequest trickle.
         * @member {livekit.TrickleRequest.$Properties|null|undefined} trickle
         * @memberof livekit.SignalRequest
         * @instance
         */
        SignalRequest.prototype.trickle = null;

        /**
         * SignalRequest leave.
         * @member {livekit.LeaveRequest.$Properties|null|undefined} leave
         * @memberof livekit.SignalRequest
         * @instance
         */
        SignalRequest.prototype.leave = null;

        /**
         * SignalRequest ping.
         * @member {number|Long|null|undefined} ping
         * @memberof livekit.SignalRequest
         * @instance
         */
        SignalRequest.prototype.ping = null;

        /**
         * SignalRequest pingReq.
         * @member {livekit.Ping.$Properties|null|undefined} pingReq
         * @memberof livekit.SignalRequest
         * @instance
         */
        SignalRequest.prototype.pingReq = null;

        /**
         * SignalRequest publishDataTrackRequest.
         * @member {livekit.PublishDataTrackRequest.$Properties|null|undefined} publishDataTrackRequest
         * @memberof livekit.SignalRequest
         * @instance
         */
        SignalRequest.prototype.publishDataTrackRequest = null;

        /**
         * SignalRequest unpublishDataTrackRequest.
         * @member {livekit.UnpublishDataTrackRequest.$Properties|null|undefined} unpublishDataTrackRequest
         * @memberof livekit.SignalRequest
         * @instance
         */
        SignalRequest.prototype.unpublishDataTrackRequest = null;

        /**
         * SignalRequest updateDataSubscription.
         * @member {livekit.UpdateDataSubscription.$Properties|null|undefined} updateDataSubscription
         * @memberof livekit.SignalRequest
         * @instance
         */
        SignalRequest.prototype.updateDataSubscription = null;

        /**
         * SignalRequest storeDataBlobRequest.
         * @member {livekit.StoreDataBlobRequest.$Properties|null|undefined} storeDataBlobRequest
         * @memberof livekit.SignalRequest
         * @instance
         */
        SignalRequest.prototype.storeDataBlobRequest = null;

        /**
         * SignalRequest getDataBlobRequest.
         * @member {livekit.GetDataBlobRequest.$Properties|null|undefined} getDataBlobRequest
         * @memberof livekit.SignalRequest
         * @instance
         */
        SignalRequest.prototype.getDataBlobRequest = null;

        // OneOf field names bound to virtual getters and setters
        let $oneOfFields;

        /**
         * SignalRequest message.
         * @member {"offer"|"answer"|"trickle"|"leave"|"ping"|"pingReq"|"publishDataTrackRequest"|"unpublishDataTrackRequest"|"updateDataSubscription"|"storeDataBlobRequest"|"getDataBlobRequest"|undefined} message
         * @memberof livekit.SignalRequest
         * @instance
         */
        $Object.defineProperty(SignalRequest.prototype, "message", {
            get: $util.oneOfGetter($oneOfFields = ["offer", "answer", "trickle", "leave", "ping", "pingReq", "publishDataTrackRequest", "unpublishDataTrackRequest", "updateDataSubscription", "storeDataBlobRequest", "getDataBlobRequest"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        /**
         * Creates a new SignalRequest instance using the specified properties.
         * @function create
         * @memberof livekit.SignalRequest
         * @static
         * @param {livekit.SignalRequest.$Properties=} [properties] Properties to set
         * @returns {livekit.SignalRequest} SignalRequest instance
         * @type {{
         *   (properties: livekit.SignalRequest.$Shape): livekit.SignalRequest & livekit.SignalRequest.$Shape;
         *   (properties?: livekit.SignalRequest.$Properties): livekit.SignalRequest;
         * }}
         */
        SignalRequest.create = function(properties) {
            return new SignalRequest(properties);
        };

        /**
         * Encodes the specified SignalRequest message. Does not implicitly {@link livekit.SignalRequest.verify|verify} messages.
         * @function encode
         * @memberof livekit.SignalRequest
         * @static
         * @param {livekit.SignalRequest.$Properties} message SignalRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SignalRequest.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.offer != null && $Object.hasOwnProperty.call(message, "offer"))
                $root.livekit.SessionDescription.encode(message.offer, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
            if (message.answer != null && $Object.hasOwnProperty.call(message, "answer"))
                $root.livekit.SessionDescription.encode(message.answer, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
            if (message.trickle != null && $Object.hasOwnProperty.call(message, "trickle"))
                $root.livekit.TrickleRequest.encode(message.trickle, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
            if (message.leave != null && $Object.hasOwnProperty.call(message, "leave"))
                $root.livekit.LeaveRequest.encode(message.leave, writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
            if (message.ping != null && $Object.hasOwnProperty.call(message, "ping"))
                writer.uint32(/* id 14, wireType 0 =*/112).int64(message.ping);
            if (message.pingReq != null && $Object.hasOwnProperty.call(message, "pingReq"))
                $root.livekit.Ping.encode(message.pingReq, writer.uint32(/* id 16, wireType 2 =*/130).fork(), _depth + 1).ldelim();
            if (message.publishDataTrackRequest != null && $Object.hasOwnProperty.call(message, "publishDataTrackRequest"))
                $root.livekit.PublishDataTrackRequest.encode(message.publishDataTrackRequest, writer.uint32(/* id 19, wireType 2 =*/154).fork(), _depth + 1).ldelim();
            if (message.unpublishDataTrackRequest != null && $Object.hasOwnProperty.call(message, "unpublishDataTrackRequest"))
                $root.livekit.UnpublishDataTrackRequest.encode(message.unpublishDataTrackRequest, writer.uint32(/* id 20, wireType 2 =*/162).fork(), _depth + 1).ldelim();
            if (message.updateDataSubscription != null && $Object.hasOwnProperty.call(message, "updateDataSubscription"))
                $root.livekit.UpdateDataSubscription.encode(message.updateDataSubscription, writer.uint32(/* id 21, wireType 2 =*/170).fork(), _depth + 1).ldelim();
            if (message.storeDataBlobRequest != null && $Object.hasOwnProperty.call(message, "storeDataBlobRequest"))
                $root.livekit.StoreDataBlobRequest.encode(message.storeDataBlobRequest, writer.uint32(/* id 22, wireType 2 =*/178).fork(), _depth + 1).ldelim();
            if (message.getDataBlobRequest != null && $Object.hasOwnProperty.call(message, "getDataBlobRequest"))
                $root.livekit.GetDataBlobRequest.encode(message.getDataBlobRequest, writer.uint32(/* id 23, wireType 2 =*/186).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified SignalRequest message, length delimited. Does not implicitly {@link livekit.SignalRequest.verify|verify} messages.
         * @function encodeDelimited
         * @memberof livekit.SignalRequest
         * @static
         * @param {livekit.SignalRequest.$Properties} message SignalRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SignalRequest.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a SignalRequest message from the specified reader or buffer.
         * @function decode
         * @memberof livekit.SignalRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {livekit.SignalRequest & livekit.SignalRequest.$Shape} SignalRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        SignalRequest.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.livekit.SignalRequest();
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
                        message.offer = $root.livekit.SessionDescription.decode(reader, reader.size(), $undefined, _depth + 1, message.offer);
                        message.message = "offer";
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        message.answer = $root.livekit.SessionDescription.decode(reader, reader.size(), $undefined, _depth + 1, message.answer);
                        message.message = "answer";
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        message.trickle = $root.livekit.TrickleRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.trickle);
                        message.message = "trickle";
                        continue;
                    }
                case 8: {
                        if (wireType !== 2)
                            break;
                        message.leave = $root.livekit.LeaveRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.leave);
                        message.message = "leave";
                        continue;
                    }
                case 14: {
                        if (wireType !== 0)
                            break;
                        message.ping = reader.int64();
                        message.message = "ping";
                        continue;
                    }
                case 16: {
                        if (wireType !== 2)
                            break;
                        message.pingReq = $root.livekit.Ping.decode(reader, reader.size(), $undefined, _depth + 1, message.pingReq);
                        message.message = "pingReq";
                        continue;
                    }
                case 19: {
                        if (wireType !== 2)
                            break;
                        message.publishDataTrackRequest = $root.livekit.PublishDataTrackRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.publishDataTrackRequest);
                        message.message = "publishDataTrackRequest";
                        continue;
                    }
                case 20: {
                        if (wireType !== 2)
                            break;
                        message.unpublishDataTrackRequest = $root.livekit.UnpublishDataTrackRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.unpublishDataTrackRequest);
                        message.message = "unpublishDataTrackRequest";
                        continue;
                    }
                case 21: {
                        if (wireType !== 2)
                            break;
                        message.updateDataSubscription = $root.livekit.UpdateDataSubscription.decode(reader, reader.size(), $undefined, _depth + 1, message.updateDataSubscription);
                        message.message = "updateDataSubscription";
                        continue;
                    }
                case 22: {
                        if (wireType !== 2)
                            break;
                        message.storeDataBlobRequest = $root.livekit.StoreDataBlobRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.storeDataBlobRequest);
                        message.message = "storeDataBlobRequest";
                        continue;
                    }
                case 23: {
                        if (wireType !== 2)
                            break;
                        message.getDataBlobRequest = $root.livekit.GetDataBlobRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.getDataBlobRequest);
                        message.message = "getDataBlobRequest";
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

        /**
         * Decodes a SignalRequest message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof livekit.SignalRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {livekit.SignalRequest & livekit.SignalRequest.$Shape} SignalRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        SignalRequest.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a SignalRequest message.
         * @function verify
         * @memberof livekit.SignalRequest
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        SignalRequest.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            let properties = {};
            if (message.offer != null && $Object.hasOwnProperty.call(message, "offer")) {
                properties.message = 1;
                {
                    let error = $root.livekit.SessionDescription.verify(message.offer, _depth + 1);
                    if (error)
                        return "offer." + error;
                }
            }
            if (message.answer != null && $Object.hasOwnProperty.call(message, "answer")) {
                if (properties.message === 1)
                    return "message: multiple values";
                properties.message = 1;
                {
                    let error = $root.livekit.SessionDescription.verify(message.answer, _depth + 1);
                    if (error)
                        return "answer." + error;
                }
            }
            if (message.trickle != null && $Object.hasOwnProperty.call(message, "trickle")) {
                if (properties.message === 1)
                    return "message: multiple values";
                properties.message = 1;
                {
                    let error = $root.livekit.TrickleRequest.verify(message.trickle, _depth + 1);
                    if (error)
                        return "trickle." + error;
                }
            }
            if (message.leave != null && $Object.hasOwnProperty.call(message, "leave")) {
                if (properties.message === 1)
                    return "message: multiple values";
                properties.message = 1;
                {
                    let error = $root.livekit.LeaveRequest.verify(message.leave, _depth + 1);
                    if (error)
                        return "leave." + error;
                }
            }
            if (message.ping != null && $Object.hasOwnProperty.call(message, "ping")) {
                if (properties.message === 1)
                    return "message: multiple values";
                properties.message = 1;
                if (!$util.isInteger(message.ping) && !(message.ping && $util.isInteger(message.ping.low) && $util.isInteger(message.ping.high)))
                    return "ping: integer|Long expected";
            }
            if (message.pingReq != null && $Object.hasOwnProperty.call(message, "pingReq")) {
                if (properties.message === 1)
                    return "message: multiple values";
                properties.message = 1;
                {
                    let error = $root.livekit.Ping.verify(message.pingReq, _depth + 1);
                    if (error)
                        return "pingReq." + error;
                }
            }
            if (message.publishDataTrackRequest != null && $Object.hasOwnProperty.call(message, "publishDataTrackRequest")) {
                if (properties.message === 1)
                    return "message: multiple values";
                properties.message = 1;
                {
                    let error = $root.livekit.PublishDataTrackRequest.verify(message.publishDataTrackRequest, _depth + 1);
                    if (error)
                        return "publishDataTrackRequest." + error;
                }
            }
            if (message.unpublishDataTrackRequest != null && $Object.hasOwnProperty.call(message, "unpublishDataTrackRequest")) {
                if (properties.message === 1)
                    return "message: multiple values";
                properties.message = 1;
                {
                    let error = $root.livekit.UnpublishDataTrackRequest.verify(message.unpublishDataTrackRequest, _depth + 1);
                    if (error)
                        return "unpublishDataTrackRequest." + error;
                }
            }
            if (message.updateDataSubscription != null && $Object.hasOwnProperty.call(message, "updateDataSubscription")) {
                if (properties.message === 1)
                    return "message: multiple values";
                properties.message = 1;
                {
                    let error = $root.livekit.UpdateDataSubscription.verify(message.updateDataSubscription, _depth + 1);
                    if (error)
                        return "updateDataSubscription." + error;
                }
            }
            if (message.storeDataBlobRequest != null && $Object.hasOwnProperty.call(message, "storeDataBlobRequest")) {
                if (properties.message === 1)
                    return "message: multiple values";
                properties.message = 1;
                {
                    let error = $root.livekit.StoreDataBlobRequest.verify(message.storeDataBlobRequest, _depth + 1);
                    if (error)
                        return "storeDataBlobRequest." + error;
                }
            }
            if (message.getDataBlobRequest != null && $Object.hasOwnProperty.call(message, "getDataBlobRequest")) {
                if (properties.message === 1)
                    return "message: multiple values";
                properties.message = 1;
                {
                    let error = $root.livekit.GetDataBlobRequest.verify(message.getDataBlobRequest, _depth + 1);
                    if (error)
                        return "getDataBlobRequest." + error;
                }
            }
            return null;
        };

        /**
         * Creates a SignalRequest message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof livekit.SignalRequest
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {livekit.SignalRequest} SignalRequest
         */
        SignalRequest.fromObject = function (object, _depth) {
            if (object instanceof $root.livekit.SignalRequest)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".livekit.SignalRequest: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.livekit.SignalRequest();
            if (object.offer != null) {
                if (!$util.isObject(object.offer))
                    throw $TypeError(".livekit.SignalRequest.offer: object expected");
                message.offer = $root.livekit.SessionDescription.fromObject(object.offer, _depth + 1);
            }
            if (object.answer != null) {
                if (!$util.isObject(object.answer))
                    throw $TypeError(".livekit.SignalRequest.answer: object expected");
                message.answer = $root.livekit.SessionDescription.fromObject(object.answer, _depth + 1);
            }
            if (object.trickle != null) {
                if (!$util.isObject(object.trickle))
                    throw $TypeError(".livekit.SignalRequest.trickle: object expected");
                message.trickle = $root.livekit.TrickleRequest.fromObject(object.trickle, _depth + 1);
            }
            if (object.leave != null) {
                if (!$util.isObject(object.leave))
                    throw $TypeError(".livekit.SignalRequest.leave: object expected");
                message.leave = $root.livekit.LeaveRequest.fromObject(object.leave, _depth + 1);
            }
            if (object.ping != null)
                if ($util.Long)
                    message.ping = $util.Long.fromValue(object.ping, false);
                else if (typeof object.ping === "string")
                    message.ping = $parseInt(object.ping, 10);
                else if (typeof object.ping === "number")
                    message.ping = object.ping;
                else if (typeof object.ping === "object")
                    message.ping = new $util.LongBits(object.ping.low >>> 0, object.ping.high >>> 0).toNumber();
            if (object.pingReq != null) {
                if (!$util.isObject(object.pingReq))
                    throw $TypeError(".livekit.SignalRequest.pingReq: object expected");
                message.pingReq = $root.livekit.Ping.fromObject(object.pingReq, _depth + 1);
            }
            if (object.publishDataTrackRequest != null) {
                if (!$util.isObject(object.publishDataTrackRequest))
                    throw $TypeError(".livekit.SignalRequest.publishDataTrackRequest: object expected");
                message.publishDataTrackRequest = $root.livekit.PublishDataTrackRequest.fromObject(object.publishDataTrackRequest, _depth + 1);
            }
            if (object.unpublishDataTrackRequest != null) {
                if (!$util.isObject(object.unpublishDataTrackRequest))
                    throw $TypeError(".livekit.SignalRequest.unpublishDataTrackRequest: object expected");
                message.unpublishDataTrackRequest = $root.livekit.UnpublishDataTrackRequest.fromObject(object.unpublishDataTrackRequest, _depth + 1);
            }
            if (object.updateDataSubscription != null) {
                if (!$util.isObject(object.updateDataSubscription))
                    throw $TypeError(".livekit.SignalRequest.updateDataSubscription: object expected");
                message.updateDataSubscription = $root.livekit.UpdateDataSubscription.fromObject(object.updateDataSubscription, _depth + 1);
            }
            if (object.storeDataBlobRequest != null) {
                if (!$util.isObject(object.storeDataBlobRequest))
                    throw $TypeError(".livekit.SignalRequest.storeDataBlobRequest: object expected");
                message.storeDataBlobRequest = $root.livekit.StoreDataBlobRequest.fromObject(object.storeDataBlobRequest, _depth + 1);
            }
            if (object.getDataBlobRequest != null) {
                if (!$util.isObject(object.getDataBlobRequest))
                    throw $TypeError(".livekit.SignalRequest.getDataBlobRequest: object expected");
                message.getDataBlobRequest = $root.livekit.GetDataBlobRequest.fromObject(object.getDataBlobRequest, _depth + 1);
            }
            return message;
        };

        /**
         * Creates a plain object from a SignalRequest message. Also converts values to other types if specified.
         * @function toObject
         * @memberof livekit.SignalRequest
         * @static
         * @param {livekit.SignalRequest} message SignalRequest
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        SignalRequest.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (message.offer != null && $Object.hasOwnProperty.call(message, "offer")) {
                object.offer = $root.livekit.SessionDescription.toObject(message.offer, options, _depth + 1);
                if (options.oneofs)
                    object.message = "offer";
            }
            if (message.answer != null && $Object.hasOwnProperty.call(message, "answer")) {
                object.answer = $root.livekit.SessionDescription.toObject(message.answer, options, _depth + 1);
                if (options.oneofs)
                    object.message = "answer";
            }
            if (message.trickle != null && $Object.hasOwnProperty.call(message, "trickle")) {
                object.trickle = $root.livekit.TrickleRequest.toObject(message.trickle, options, _depth + 1);
                if (options.oneofs)
                    object.message = "trickle";
            }
            if (message.leave != null && $Object.hasOwnProperty.call(message, "leave")) {
                object.leave = $root.livekit.LeaveRequest.toObject(message.leave, options, _depth + 1);
                if (options.oneofs)
                    object.message = "leave";
            }
            if (message.ping != null && $Object.hasOwnProperty.call(message, "ping")) {
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.ping = typeof message.ping === "number" ? $BigInt(message.ping) : $util.Long.fromBits(message.ping.low >>> 0, message.ping.high >>> 0, false).toBigInt();
                else if (typeof message.ping === "number")
                    object.ping = options.longs === $String ? $String(message.ping) : message.ping;
                else
                    object.ping = options.longs === $String ? $util.Long.prototype.toString.call(message.ping) : options.longs === $Number ? new $util.LongBits(message.ping.low >>> 0, message.ping.high >>> 0).toNumber() : message.ping;
                if (options.oneofs)
                    object.message = "ping";
            }
            if (message.pingReq != null && $Object.hasOwnProperty.call(message, "pingReq")) {
                object.pingReq = $root.livekit.Ping.toObject(message.pingReq, options, _depth + 1);
                if (options.oneofs)
                    object.message = "pingReq";
            }
            if (message.publishDataTrackRequest != null && $Object.hasOwnProperty.call(message, "publishDataTrackRequest")) {
                object.publishDataTrackRequest = $root.livekit.PublishDataTrackRequest.toObject(message.publishDataTrackRequest, options, _depth + 1);
                if (options.oneofs)
                    object.message = "publishDataTrackRequest";
            }
            if (message.unpublishDataTrackRequest != null && $Object.hasOwnProperty.call(message, "unpublishDataTrackRequest")) {
                object.unpublishDataTrackRequest = $root.livekit.UnpublishDataTrackRequest.toObject(message.unpublishDataTrackRequest, options, _depth + 1);
                if (options.oneofs)
                    object.message = "unpublishDataTrackRequest";
            }
            if (message.updateDataSubscription != null && $Object.hasOwnProperty.call(message, "updateDataSubscription")) {
                object.updateDataSubscription = $root.livekit.UpdateDataSubscription.toObject(message.updateDataSubscription, options, _depth + 1);
                if (options.oneofs)
                    object.message = "updateDataSubscription";
            }
            if (message.storeDataBlobRequest != null && $Object.hasOwnProperty.call(message, "storeDataBlobRequest")) {
                object.storeDataBlobRequest = $root.livekit.StoreDataBlobRequest.toObject(message.storeDataBlobRequest, options, _depth + 1);
                if (options.oneofs)
                    object.message = "storeDataBlobRequest";
            }
            if (message.getDataBlobRequest != null && $Object.hasOwnProperty.call(message, "getDataBlobRequest")) {
                object.getDataBlobRequest = $root.livekit.GetDataBlobRequest.toObject(message.getDataBlobRequest, options, _depth + 1);
                if (options.oneofs)
                    object.message = "getDataBlobRequest";
            }
            return object;
        };

        /**
         * Converts this SignalRequest to JSON.
         * @function toJSON
         * @memberof livekit.SignalRequest
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        SignalRequest.prototype.toJSON = function() {
            return SignalRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for SignalRequest
         * @function getTypeUrl
         * @memberof livekit.SignalRequest
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        SignalRequest.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/livekit.SignalRequest";
        };

        return SignalRequest;
    })();

    livekit.SignalResponse = (function() {

        /**
         * Properties of a SignalResponse.
         * @typedef {Object} livekit.SignalResponse.$Properties
         * @property {livekit.JoinResponse.$Properties|null} [join] SignalResponse join
         * @property {livekit.SessionDescription.$Properties|null} [answer] SignalResponse answer
         * @property {livekit.SessionDescription.$Properties|null} [offer] SignalResponse offer
         * @property {livekit.TrickleRequest.$Properties|null} [trickle] SignalResponse trickle
         * @property {livekit.ParticipantUpdate.$Properties|null} [update] SignalResponse update
         * @property {livekit.LeaveRequest.$Properties|null} [leave] SignalResponse leave
         * @property {number|Long|null} [pong] SignalResponse pong
         * @property {livekit.ReconnectResponse.$Properties|null} [reconnect] SignalResponse reconnect
         * @property {livekit.Pong.$Properties|null} [pongResp] SignalResponse pongResp
         * @property {livekit.RequestResponse.$Properties|null} [requestResponse] SignalResponse requestResponse
         * @property {livekit.PublishDataTrackResponse.$Properties|null} [publishDataTrackResponse] SignalResponse publishDataTrackResponse
         * @property {livekit.UnpublishDataTrackResponse.$Properties|null} [unpublishDataTrackResponse] SignalResponse unpublishDataTrackResponse
         * @property {livekit.DataTrackSubscriberHandles.$Properties|null} [dataTrackSubscriberHandles] SignalResponse dataTrackSubscriberHandles
         * @property {livekit.StoreDataBlobResponse.$Properties|null} [storeDataBlobResponse] SignalResponse storeDataBlobResponse
         * @property {livekit.GetDataBlobResponse.$Properties|null} [getDataBlobResponse] SignalResponse getDataBlobResponse
         * @property {"join"|"answer"|"offer"|"trickle"|"update"|"leave"|"pong"|"reconnect"|"pongResp"|"requestResponse"|"publishDataTrackResponse"|"unpublishDataTrackResponse"|"dataTrackSubscriberHandles"|"storeDataBlobResponse"|"getDataBlobResponse"} [message] SignalResponse message
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a SignalResponse.
         * @memberof livekit
         * @interface ISignalResponse
         * @augments livekit.SignalResponse.$Properties
         * @deprecated Use livekit.SignalResponse.$Properties instead.
         */

        /**
         * Narrowed shape of a SignalResponse.
         * @typedef {{
         *   join?: livekit.JoinResponse.$Shape|null;
         *   answer?: livekit.SessionDescription.$Shape|null;
         *   offer?: livekit.SessionDescription.$Shape|null;
         *   trickle?: livekit.TrickleRequest.$Shape|null;
         *   update?: livekit.ParticipantUpdate.$Shape|null;
         *   leave?: livekit.LeaveRequest.$Shape|null;
         *   pong?: number|Long|null;
         *   reconnect?: livekit.ReconnectResponse.$Shape|null;
         *   pongResp?: livekit.Pong.$Shape|null;
         *   requestResponse?: livekit.RequestResponse.$Shape|null;
         *   publishDataTrackResponse?: livekit.PublishDataTrackResponse.$Shape|null;
         *   unpublishDataTrackResponse?: livekit.UnpublishDataTrackResponse.$Shape|null;
         *   dataTrackSubscriberHandles?: livekit.DataTrackSubscriberHandles.$Shape|null;
         *   storeDataBlobResponse?: livekit.StoreDataBlobResponse.$Shape|null;
         *   getDataBlobResponse?: livekit.GetDataBlobResponse.$Shape|null;
         *   $unknowns?: Array.<Uint8Array>;
         * } & (
         *   ({ message?: undefined; join?: null; answer?: null; offer?: null; trickle?: null; update?: null; leave?: null; pong?: null; reconnect?: null; pongResp?: null; requestResponse?: null; publishDataTrackResponse?: null; unpublishDataTrackResponse?: null; dataTrackSubscriberHandles?: null; storeDataBlobResponse?: null; getDataBlobResponse?: null }|{ message?: "join"; join: livekit.JoinResponse.$Shape; answer?: null; offer?: null; trickle?: null; update?: null; leave?: null; pong?: null; reconnect?: null; pongResp?: null; requestResponse?: null; publishDataTrackResponse?: null; unpublishDataTrackResponse?: null; dataTrackSubscriberHandles?: null; storeDataBlobResponse?: null; getDataBlobResponse?: null }|{ message?: "answer"; join?: null; answer: livekit.SessionDescription.$Shape; offer?: null; trickle?: null; update?: null; leave?: null; pong?: null; reconnect?: null; pongResp?: null; requestResponse?: null; publishDataTrackResponse?: null; unpublishDataTrackResponse?: null; dataTrackSubscriberHandles?: null; storeDataBlobResponse?: null; getDataBlobResponse?: null }|{ message?: "offer"; join?: null; answer?: null; offer: livekit.SessionDescription.$Shape; trickle?: null; update?: null; leave?: null; pong?: null; reconnect?: null; pongResp?: null; requestResponse?: null; publishDataTrackResponse?: null; unpublishDataTrackResponse?: null; dataTrackSubscriberHandles?: null; storeDataBlobResponse?: null; getDataBlobResponse?: null }|{ message?: "trickle"; join?: null; answer?: null; offer?: null; trickle: livekit.TrickleRequest.$Shape; update?: null; leave?: null; pong?: null; reconnect?: null; pongResp?: null; requestResponse?: null; publishDataTrackResponse?: null; unpublishDataTrackResponse?: null; dataTrackSubscriberHandles?: null; storeDataBlobResponse?: null; getDataBlobResponse?: null }|{ message?: "update"; join?: null; answer?: null; offer?: null; trickle?: null; update: livekit.ParticipantUpdate.$Shape; leave?: null; pong?: null; reconnect?: null; pongResp?: null; requestResponse?: null; publishDataTrackResponse?: null; unpublishDataTrackResponse?: null; dataTrackSubscriberHandles?: null; storeDataBlobResponse?: null; getDataBlobResponse?: null }|{ message?: "leave"; join?: null; answer?: null; offer?: null; trickle?: null; update?: null; leave: livekit.LeaveRequest.$Shape; pong?: null; reconnect?: null; pongResp?: null; requestResponse?: null; publishDataTrackResponse?: null; unpublishDataTrackResponse?: null; dataTrackSubscriberHandles?: null; storeDataBlobResponse?: null; getDataBlobResponse?: null }|{ message?: "pong"; join?: null; answer?: null; offer?: null; trickle?: null; update?: null; leave?: null; pong: number|Long; reconnect?: null; pongResp?: null; requestResponse?: null; publishDataTrackResponse?: null; unpublishDataTrackResponse?: null; dataTrackSubscriberHandles?: null; storeDataBlobResponse?: null; getDataBlobResponse?: null }|{ message?: "reconnect"; join?: null; answer?: null; offer?: null; trickle?: null; update?: null; leave?: null; pong?: null; reconnect: livekit.ReconnectResponse.$Shape; pongResp?: null; requestResponse?: null; publishDataTrackResponse?: null; unpublishDataTrackResponse?: null; dataTrackSubscriberHandles?: null; storeDataBlobResponse?: null; getDataBlobResponse?: null }|{ message?: "pongResp"; join?: null; answer?: null; offer?: null; trickle?: null; update?: null; leave?: null; pong?: null; reconnect?: null; pongResp: livekit.Pong.$Shape; requestResponse?: null; publishDataTrackResponse?: null; unpublishDataTrackResponse?: null; dataTrackSubscriberHandles?: null; storeDataBlobResponse?: null; getDataBlobResponse?: null }|{ message?: "requestResponse"; join?: null; answer?: null; offer?: null; trickle?: null; update?: null; leave?: null; pong?: null; reconnect?: null; pongResp?: null; requestResponse: livekit.RequestResponse.$Shape; publishDataTrackResponse?: null; unpublishDataTrackResponse?: null; dataTrackSubscriberHandles?: null; storeDataBlobResponse?: null; getDataBlobResponse?: null }|{ message?: "publishDataTrackResponse"; join?: null; answer?: null; offer?: null; trickle?: null; update?: null; leave?: null; pong?: null; reconnect?: null; pongResp?: null; requestResponse?: null; publishDataTrackResponse: livekit.PublishDataTrackResponse.$Shape; unpublishDataTrackResponse?: null; dataTrackSubscriberHandles?: null; storeDataBlobResponse?: null; getDataBlobResponse?: null }|{ message?: "unpublishDataTrackResponse"; join?: null; answer?: null; offer?: null; trickle?: null; update?: null; leave?: null; pong?: null; reconnect?: null; pongResp?: null; requestResponse?: null; publishDataTrackResponse?: null; unpublishDataTrackResponse: livekit.UnpublishDataTrackResponse.$Shape; dataTrackSubscriberHandles?: null; storeDataBlobResponse?: null; getDataBlobResponse?: null }|{ message?: "dataTrackSubscriberHandles"; join?: null; answer?: null; offer?: null; trickle?: null; update?: null; leave?: null; pong?: null; reconnect?: null; pongResp?: null; requestResponse?: null; publishDataTrackResponse?: null; unpublishDataTrackResponse?: null; dataTrackSubscriberHandles: livekit.DataTrackSubscriberHandles.$Shape; storeDataBlobResponse?: null; getDataBlobResponse?: null }|{ message?: "storeDataBlobResponse"; join?: null; answer?: null; offer?: null; trickle?: null; update?: null; leave?: null; pong?: null; reconnect?: null; pongResp?: null; requestResponse?: null; publishDataTrackResponse?: null; unpublishDataTrackResponse?: null; dataTrackSubscriberHandles?: null; storeDataBlobResponse: livekit.StoreDataBlobResponse.$Shape; getDataBlobResponse?: null }|{ message?: "getDataBlobResponse"; join?: null; answer?: null; offer?: null; trickle?: null; update?: null; leave?: null; pong?: null; reconnect?: null; pongResp?: null; requestResponse?: null; publishDataTrackResponse?: null; unpublishDataTrackResponse?: null; dataTrackSubscriberHandles?: null; storeDataBlobResponse?: null; getDataBlobResponse: livekit.GetDataBlobResponse.$Shape })
         * )} livekit.SignalResponse.$Shape
         */

        /**
         * Constructs a new SignalResponse.
         * @memberof livekit
         * @classdesc Represents a SignalResponse.
         * @constructor
         * @param {livekit.SignalResponse.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const SignalResponse = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * SignalResponse join.
         * @member {livekit.JoinResponse.$Properties|null|undefined} join
         * @memberof livekit.SignalResponse
         * @instance
         */
        SignalResponse.prototype.join = null;

        /**
         * SignalResponse answer.
         * @member {livekit.SessionDescription.$Properties|null|undefined} answer
         * @memberof livekit.SignalResponse
         * @instance
         */
        SignalResponse.prototype.answer = null;

        /**
         * SignalResponse offer.
         * @member {livekit.SessionDescription.$Properties|null|undefined} offer
         * @memberof livekit.SignalResponse
         * @instance
         */
        SignalResponse.prototype.offer = null;

        /**
         * SignalResponse trickle.
         * @member {livekit.TrickleRequest.$Properties|null|undefined} trickle
         * @memberof livekit.SignalResponse
         * @instance
         */
        SignalResponse.prototype.trickle = null;

        /**
         * SignalResponse update.
         * @member {livekit.ParticipantUpdate.$Properties|null|undefined} update
         * @memberof livekit.SignalResponse
         * @instance
         */
        SignalResponse.prototype.update = null;

        /**
         * SignalResponse leave.
         * @member {livekit.LeaveRequest.$Properties|null|undefined} leave
         * @memberof livekit.SignalResponse
         * @instance
         */
        SignalResponse.prototype.leave = null;

        /**
         * SignalResponse pong.
         * @member {number|Long|null|undefined} pong
         * @memberof livekit.SignalResponse
         * @instance
         */
        SignalResponse.prototype.pong = null;

        /**
         * SignalResponse reconnect.
         * @member {livekit.ReconnectResponse.$Properties|null|undefined} reconnect
         * @memberof livekit.SignalResponse
         * @instance
         */
        SignalResponse.prototype.reconnect = null;

        /**
         * SignalResponse pongResp.
         * @member {livekit.Pong.$Properties|null|undefined} pongResp
         * @memberof livekit.SignalResponse
         * @instance
         */
        SignalResponse.prototype.pongResp = null;

        /**
         * SignalResponse requestResponse.
         * @member {livekit.RequestResponse.$Properties|null|undefined} requestResponse
         * @memberof livekit.SignalResponse
         * @instance
         */
        SignalResponse.prototype.requestResponse = null;

        /**
         * SignalResponse publishDataTrackResponse.
         * @member {livekit.PublishDataTrackResponse.$Properties|null|undefined} publishDataTrackResponse
         * @memberof livekit.SignalResponse
         * @instance
         */
        SignalResponse.prototype.publishDataTrackResponse = null;

        /**
         * SignalResponse unpublishDataTrackResponse.
         * @member {livekit.UnpublishDataTrackResponse.$Properties|null|undefined} unpublishDataTrackResponse
         * @memberof livekit.SignalResponse
         * @instance
         */
        SignalResponse.prototype.unpublishDataTrackResponse = null;

        /**
         * SignalResponse dataTrackSubscriberHandles.
         * @member {livekit.DataTrackSubscriberHandles.$Properties|null|undefined} dataTrackSubscriberHandles
         * @memberof livekit.SignalResponse
         * @instance
         */
        SignalResponse.prototype.dataTrackSubscriberHandles = null;

        /**
         * SignalResponse storeDataBlobResponse.
         * @member {livekit.StoreDataBlobResponse.$Properties|null|undefined} storeDataBlobResponse
         * @memberof livekit.SignalResponse
         * @instance
         */
        SignalResponse.prototype.storeDataBlobResponse = null;

        /**
         * SignalResponse getDataBlobResponse.
         * @member {livekit.GetDataBlobResponse.$Properties|null|undefined} getDataBlobResponse
         * @memberof livekit.SignalResponse
         * @instance
         */
        SignalResponse.prototype.getDataBlobResponse = null;

        // OneOf field names bound to virtual getters and setters
        let $oneOfFields;

        /**
         * SignalResponse message.
         * @member {"join"|"answer"|"offer"|"trickle"|"update"|"leave"|"pong"|"reconnect"|"pongResp"|"requestResponse"|"publishDataTrackResponse"|"unpublishDataTrackResponse"|"dataTrackSubscriberHandles"|"storeDataBlobResponse"|"getDataBlobResponse"|undefined} message
         * @memberof livekit.SignalResponse
         * @instance
         */
        $Object.defineProperty(SignalResponse.prototype, "message", {
            get: $util.oneOfGetter($oneOfFields = ["join", "answer", "offer", "trickle", "update", "leave", "pong", "reconnect", "pongResp", "requestResponse", "publishDataTrackResponse", "unpublishDataTrackResponse", "dataTrackSubscriberHandles", "storeDataBlobResponse", "getDataBlobResponse"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        /**
         * Creates a new SignalResponse instance using the specified properties.
         * @function create
         * @memberof livekit.SignalResponse
         * @static
         * @param {livekit.SignalResponse.$Properties=} [properties] Properties to set
         * @returns {livekit.SignalResponse} SignalResponse instance
         * @type {{
         *   (properties: livekit.SignalResponse.$Shape): livekit.SignalResponse & livekit.SignalResponse.$Shape;
         *   (properties?: livekit.SignalResponse.$Properties): livekit.SignalResponse;
         * }}
         */
        SignalResponse.create = function(properties) {
            return new SignalResponse(properties);
        };

        /**
         * Encodes the specified SignalResponse message. Does not implicitly {@link livekit.SignalResponse.verify|verify} messages.
         * @function encode
         * @memberof livekit.SignalResponse
         * @static
         * @param {livekit.SignalResponse.$Properties} message SignalResponse message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SignalResponse.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.join != null && $Object.hasOwnProperty.call(message, "join"))
                $root.livekit.JoinResponse.encode(message.join, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
            if (message.answer != null && $Object.hasOwnProperty.call(message, "answer"))
                $root.livekit.SessionDescription.encode(message.answer, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
            if (message.offer != null && $Object.hasOwnProperty.call(message, "offer"))
                $root.livekit.SessionDescription.encode(message.offer, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
            if (message.trickle != null && $Object.hasOwnProperty.call(message, "trickle"))
                $root.livekit.TrickleRequest.encode(message.trickle, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
            if (message.update != null && $Object.hasOwnProperty.call(message, "update"))
                $root.livekit.ParticipantUpdate.encode(message.update, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
            if (message.leave != null && $Object.hasOwnProperty.call(message, "leave"))
                $root.livekit.LeaveRequest.encode(message.leave, writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
            if (message.pong != null && $Object.hasOwnProperty.call(message, "pong"))
                writer.uint32(/* id 18, wireType 0 =*/144).int64(message.pong);
            if (message.reconnect != null && $Object.hasOwnProperty.call(message, "reconnect"))
                $root.livekit.ReconnectResponse.encode(message.reconnect, writer.uint32(/* id 19, wireType 2 =*/154).fork(), _depth + 1).ldelim();
            if (message.pongResp != null && $Object.hasOwnProperty.call(message, "pongResp"))
                $root.livekit.Pong.encode(message.pongResp, writer.uint32(/* id 20, wireType 2 =*/162).fork(), _depth + 1).ldelim();
            if (message.requestResponse != null && $Object.hasOwnProperty.call(message, "requestResponse"))
                $root.livekit.RequestResponse.encode(message.requestResponse, writer.uint32(/* id 22, wireType 2 =*/178).fork(), _depth + 1).ldelim();
            if (message.publishDataTrackResponse != null && $Object.hasOwnProperty.call(message, "publishDataTrackResponse"))
                $root.livekit.PublishDataTrackResponse.encode(message.publishDataTrackResponse, writer.uint32(/* id 27, wireType 2 =*/218).fork(), _depth + 1).ldelim();
            if (message.unpublishDataTrackResponse != null && $Object.hasOwnProperty.call(message, "unpublishDataTrackResponse"))
                $root.livekit.UnpublishDataTrackResponse.encode(message.unpublishDataTrackResponse, writer.uint32(/* id 28, wireType 2 =*/226).fork(), _depth + 1).ldelim();
            if (message.dataTrackSubscriberHandles != null && $Object.hasOwnProperty.call(message, "dataTrackSubscriberHandles"))
                $root.livekit.DataTrackSubscriberHandles.encode(message.dataTrackSubscriberHandles, writer.uint32(/* id 29, wireType 2 =*/234).fork(), _depth + 1).ldelim();
            if (message.storeDataBlobResponse != null && $Object.hasOwnProperty.call(message, "storeDataBlobResponse"))
                $root.livekit.StoreDataBlobResponse.encode(message.storeDataBlobResponse, writer.uint32(/* id 30, wireType 2 =*/242).fork(), _depth + 1).ldelim();
            if (message.getDataBlobResponse != null && $Object.hasOwnProperty.call(message, "getDataBlobResponse"))
                $root.livekit.GetDataBlobResponse.encode(message.getDataBlobResponse, writer.uint32(/* id 31, wireType 2 =*/250).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified SignalResponse message, length delimited. Does not implicitly {@link livekit.SignalResponse.verify|verify} messages.
         * @function encodeDelimited
         * @memberof livekit.SignalResponse
         * @static
         * @param {livekit.SignalResponse.$Properties} message SignalResponse message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SignalResponse.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a SignalResponse message from the specified reader or buffer.
         * @function decode
         * @memberof livekit.SignalResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {livekit.SignalResponse & livekit.SignalResponse.$Shape} SignalResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        SignalResponse.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.livekit.SignalResponse();
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
                        message.join = $root.livekit.JoinResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.join);
                        message.message = "join";
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        message.answer = $root.livekit.SessionDescription.decode(reader, reader.size(), $undefined, _depth + 1, message.answer);
                        message.message = "answer";
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        message.offer = $root.livekit.SessionDescription.decode(reader, reader.size(), $undefined, _depth + 1, message.offer);
                        message.message = "offer";
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        message.trickle = $root.livekit.TrickleRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.trickle);
                        message.message = "trickle";
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        message.update = $root.livekit.ParticipantUpdate.decode(reader, reader.size(), $undefined, _depth + 1, message.update);
                        message.message = "update";
                        continue;
                    }
                case 8: {
                        if (wireType !== 2)
                            break;
                        message.leave = $root.livekit.LeaveRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.leave);
                        message.message = "leave";
                        continue;
                    }
                case 18: {
                        if (wireType !== 0)
                            break;
                        message.pong = reader.int64();
                        message.message = "pong";
                        continue;
                    }
                case 19: {
                        if (wireType !== 2)
                            break;
                        message.reconnect = $root.livekit.ReconnectResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.reconnect);
                        message.message = "reconnect";
                        continue;
                    }
                case 20: {
                        if (wireType !== 2)
                            break;
                        message.pongResp = $root.livekit.Pong.decode(reader, reader.size(), $undefined, _depth + 1, message.pongResp);
                        message.message = "pongResp";
                        continue;
                    }
                case 22: {
                        if (wireType !== 2)
                            break;
                        message.requestResponse = $root.livekit.RequestResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.requestResponse);
                        message.message = "requestResponse";
                        continue;
                    }
                case 27: {
                        if (wireType !== 2)
                            break;
                        message.publishDataTrackResponse = $root.livekit.PublishDataTrackResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.publishDataTrackResponse);
                        message.message = "publishDataTrackResponse";
                        continue;
                    }
                case 28: {
                        if (wireType !== 2)
                            break;
                        message.unpublishDataTrackResponse = $root.livekit.UnpublishDataTrackResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.unpublishDataTrackResponse);
                        message.message = "unpublishDataTrackResponse";
                        continue;
                    }
                case 29: {
                        if (wireType !== 2)
                            break;
                        message.dataTrackSubscriberHandles = $root.livekit.DataTrackSubscriberHandles.decode(reader, reader.size(), $undefined, _depth + 1, message.dataTrackSubscriberHandles);
                        message.message = "dataTrackSubscriberHandles";
                        continue;
                    }
                case 30: {
                        if (wireType !== 2)
                            break;
                        message.storeDataBlobResponse = $root.livekit.StoreDataBlobResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.storeDataBlobResponse);
                        message.message = "storeDataBlobResponse";
                        continue;
                    }
                case 31: {
                        if (wireType !== 2)
                            break;
                        message.getDataBlobResponse = $root.livekit.GetDataBlobResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.getDataBlobResponse);
                        message.message = "getDataBlobResponse";
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

        /**
         * Decodes a SignalResponse message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof livekit.SignalResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {livekit.SignalResponse & livekit.SignalResponse.$Shape} SignalResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        SignalResponse.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a SignalResponse message.
         * @function verify
         * @memberof livekit.SignalResponse
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        SignalResponse.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            let properties = {};
            if (message.join != null && $Object.hasOwnProperty.call(message, "join")) {
                properties.message = 1;
                {
                    let error = $root.livekit.JoinResponse.verify(message.join, _depth + 1);
                    if (error)
                        return "join." + error;
                }
            }
            if (message.answer != null && $Object.hasOwnProperty.call(message, "answer")) {
                if (properties.message === 1)
                    return "message: multiple values";
                properties.message = 1;
                {
                    let error = $root.livekit.SessionDescription.verify(message.answer, _depth + 1);
                    if (error)
                        return "answer." + error;
                }
            }
            if (message.offer != null && $Object.hasOwnProperty.call(message, "offer")) {
                if (properties.message === 1)
                    return "message: multiple values";
                properties.message = 1;
                {
                    let error = $root.livekit.SessionDescription.verify(message.offer, _depth + 1);
                    if (error)
                        return "offer." + error;
                }
            }
            if (message.trickle != null && $Object.hasOwnProperty.call(message, "trickle")) {
                if (properties.message === 1)
                    return "message: multiple values";
                properties.message = 1;
                {
                    let error = $root.livekit.TrickleRequest.verify(message.trickle, _depth + 1);
                    if (error)
                        return "trickle." + error;
                }
            }
            if (message.update != null && $Object.hasOwnProperty.call(message, "update")) {
                if (properties.message === 1)
                    return "message: multiple values";
                properties.message = 1;
                {
                    let error = $root.livekit.ParticipantUpdate.verify(message.update, _depth + 1);
                    if (error)
                        return "update." + error;
                }
            }
            if (message.leave != null && $Object.hasOwnProperty.call(message, "leave")) {
                if (properties.message === 1)
                    return "message: multiple values";
                properties.message = 1;
                {
                    let error = $root.livekit.LeaveRequest.verify(message.leave, _depth + 1);
                    if (error)
                        return "leave." + error;
                }
            }
            if (message.pong != null && $Object.hasOwnProperty.call(message, "pong")) {
                if (properties.message === 1)
                    return "message: multiple values";
                properties.message = 1;
                if (!$util.isInteger(message.pong) && !(message.pong && $util.isInteger(message.pong.low) && $util.isInteger(message.pong.high)))
                    return "pong: integer|Long expected";
            }
            if (message.reconnect != null && $Object.hasOwnProperty.call(message, "reconnect")) {
                if (properties.message === 1)
                    return "message: multiple values";
                properties.message = 1;
                {
                    let error = $root.livekit.ReconnectResponse.verify(message.reconnect, _depth + 1);
                    if (error)
                        return "reconnect." + error;
                }
            }
            if (message.pongResp != null && $Object.hasOwnProperty.call(message, "pongResp")) {
                if (properties.message === 1)
                    return "message: multiple values";
                properties.message = 1;
                {
                    let error = $root.livekit.Pong.verify(message.pongResp, _depth + 1);
                    if (error)
                        return "pongResp." + error;
                }
            }
            if (message.requestResponse != null && $Object.hasOwnProperty.call(message, "requestResponse")) {
                if (properties.message === 1)
                    return "message: multiple values";
                properties.message = 1;
                {
                    let error = $root.livekit.RequestResponse.verify(message.requestResponse, _depth + 1);
                    if (error)
                        return "requestResponse." + error;
                }
            }
            if (message.publishDataTrackResponse != null && $Object.hasOwnProperty.call(message, "publishDataTrackResponse")) {
                if (properties.message === 1)
                    return "message: multiple values";
                properties.message = 1;
                {
                    let error = $root.livekit.PublishDataTrackResponse.verify(message.publishDataTrackResponse, _depth + 1);
                    if (error)
                        return "publishDataTrackResponse." + error;
                }
            }
            if (message.unpublishDataTrackResponse != null && $Object.hasOwnProperty.call(message, "unpublishDataTrackResponse")) {
                if (properties.message === 1)
                    return "message: multiple values";
                properties.message = 1;
                {
                    let error = $root.livekit.UnpublishDataTrackResponse.verify(message.unpublishDataTrackResponse, _depth + 1);
                    if (error)
                        return "unpublishDataTrackResponse." + error;
                }
            }
            if (message.dataTrackSubscriberHandles != null && $Object.hasOwnProperty.call(message, "dataTrackSubscriberHandles")) {
                if (properties.message === 1)
                    return "message: multiple values";
                properties.message = 1;
                {
                    let error = $root.livekit.DataTrackSubscriberHandles.verify(message.dataTrackSubscriberHandles, _depth + 1);
                    if (error)
                        return "dataTrackSubscriberHandles." + error;
                }
            }
            if (message.storeDataBlobResponse != null && $Object.hasOwnProperty.call(message, "storeDataBlobResponse")) {
                if (properties.message === 1)
                    return "message: multiple values";
                properties.message = 1;
                {
                    let error = $root.livekit.StoreDataBlobResponse.verify(message.storeDataBlobResponse, _depth + 1);
                    if (error)
                        return "storeDataBlobResponse." + error;
                }
            }
            if (message.getDataBlobResponse != null && $Object.hasOwnProperty.call(message, "getDataBlobResponse")) {
                if (properties.message === 1)
                    return "message: multiple values";
                properties.message = 1;
                {
                    let error = $root.livekit.GetDataBlobResponse.verify(message.getDataBlobResponse, _depth + 1);
                    if (error)
                        return "getDataBlobResponse." + error;
                }
            }
            return null;
        };

        /**
         * Creates a SignalResponse message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof livekit.SignalResponse
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {livekit.SignalResponse} SignalResponse
         */
        SignalResponse.fromObject = function (object, _depth) {
            if (object instanceof $root.livekit.SignalResponse)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".livekit.SignalResponse: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.livekit.SignalResponse();
            if (object.join != null) {
                if (!$util.isObject(object.join))
                    throw $TypeError(".livekit.SignalResponse.join: object expected");
                message.join = $root.livekit.JoinResponse.fromObject(object.join, _depth + 1);
            }
            if (object.answer != null) {
                if (!$util.isObject(object.answer))
                    throw $TypeError(".livekit.SignalResponse.answer: object expected");
                message.answer = $root.livekit.SessionDescription.fromObject(object.answer, _depth + 1);
            }
            if (object.offer != null) {
                if (!$util.isObject(object.offer))
                    throw $TypeError(".livekit.SignalResponse.offer: object expected");
                message.offer = $root.livekit.SessionDescription.fromObject(object.offer, _depth + 1);
            }
            if (object.trickle != null) {
                if (!$util.isObject(object.trickle))
                    throw $TypeError(".livekit.SignalResponse.trickle: object expected");
                message.trickle = $root.livekit.TrickleRequest.fromObject(object.trickle, _depth + 1);
            }
            if (object.update != null) {
                if (!$util.isObject(object.update))
                    throw $TypeError(".livekit.SignalResponse.update: object expected");
                message.update = $root.livekit.ParticipantUpdate.fromObject(object.update, _depth + 1);
            }
            if (object.leave != null) {
                if (!$util.isObject(object.leave))
                    throw $TypeError(".livekit.SignalResponse.leave: object expected");
                message.leave = $root.livekit.LeaveRequest.fromObject(object.leave, _depth + 1);
            }
            if (object.pong != null)
                if ($util.Long)
                    message.pong = $util.Long.fromValue(object.pong, false);
                else if (typeof object.pong === "string")
                    message.pong = $parseInt(object.pong, 10);
                else if (typeof object.pong === "number")
                    message.pong = object.pong;
                else if (typeof object.pong === "object")
                    message.pong = new $util.LongBits(object.pong.low >>> 0, object.pong.high >>> 0).toNumber();
            if (object.reconnect != null) {
                if (!$util.isObject(object.reconnect))
                    throw $TypeError(".livekit.SignalResponse.reconnect: object expected");
                message.reconnect = $root.livekit.ReconnectResponse.fromObject(object.reconnect, _depth + 1);
            }
            if (object.pongResp != null) {
                if (!$util.isObject(object.pongResp))
                    throw $TypeError(".livekit.SignalResponse.pongResp: object expected");
                message.pongResp = $root.livekit.Pong.fromObject(object.pongResp, _depth + 1);
            }
            if (object.requestResponse != null) {
                if (!$util.isObject(object.requestResponse))
                    throw $TypeError(".livekit.SignalResponse.requestResponse: object expected");
                message.requestResponse = $root.livekit.RequestResponse.fromObject(object.requestResponse, _depth + 1);
            }
            if (object.publishDataTrackResponse != null) {
                if (!$util.isObject(object.publishDataTrackResponse))
                    throw $TypeError(".livekit.SignalResponse.publishDataTrackResponse: object expected");
                message.publishDataTrackResponse = $root.livekit.PublishDataTrackResponse.fromObject(object.publishDataTrackResponse, _depth + 1);
            }
            if (object.unpublishDataTrackResponse != null) {
                if (!$util.isObject(object.unpublishDataTrackResponse))
                    throw $TypeError(".livekit.SignalResponse.unpublishDataTrackResponse: object expected");
                message.unpublishDataTrackResponse = $root.livekit.UnpublishDataTrackResponse.fromObject(object.unpublishDataTrackResponse, _depth + 1);
            }
            if (object.dataTrackSubscriberHandles != null) {
                if (!$util.isObject(object.dataTrackSubscriberHandles))
                    throw $TypeError(".livekit.SignalResponse.dataTrackSubscriberHandles: object expected");
                message.dataTrackSubscriberHandles = $root.livekit.DataTrackSubscriberHandles.fromObject(object.dataTrackSubscriberHandles, _depth + 1);
            }
            if (object.storeDataBlobResponse != null) {
                if (!$util.isObject(object.storeDataBlobResponse))
                    throw $TypeError(".livekit.SignalResponse.storeDataBlobResponse: object expected");
                message.storeDataBlobResponse = $root.livekit.StoreDataBlobResponse.fromObject(object.storeDataBlobResponse, _depth + 1);
            }
            if (object.getDataBlobResponse != null) {
                if (!$util.isObject(object.getDataBlobResponse))
                    throw $TypeError(".livekit.SignalResponse.getDataBlobResponse: object expected");
                message.getDataBlobResponse = $root.livekit.GetDataBlobResponse.fromObject(object.getDataBlobResponse, _depth + 1);
            }
            return message;
        };

        /**
         * Creates a plain object from a SignalResponse message. Also converts values to other types if specified.
         * @function toObject
         * @memberof livekit.SignalResponse
         * @static
         * @param {livekit.SignalResponse} message SignalResponse
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        SignalResponse.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (message.join != null && $Object.hasOwnProperty.call(message, "join")) {
                object.join = $root.livekit.JoinResponse.toObject(message.join, options, _depth + 1);
                if (options.oneofs)
                    object.message = "join";
            }
            if (message.answer != null && $Object.hasOwnProperty.call(message, "answer")) {
                object.answer = $root.livekit.SessionDescription.toObject(message.answer, options, _depth + 1);
                if (options.oneofs)
                    object.message = "answer";
            }
            if (message.offer != null && $Object.hasOwnProperty.call(message, "offer")) {
                object.offer = $root.livekit.SessionDescription.toObject(message.offer, options, _depth + 1);
                if (options.oneofs)
                    object.message = "offer";
            }
            if (message.trickle != null && $Object.hasOwnProperty.call(message, "trickle")) {
                object.trickle = $root.livekit.TrickleRequest.toObject(message.trickle, options, _depth + 1);
                if (options.oneofs)
                    object.message = "trickle";
            }
            if (message.update != null && $Object.hasOwnProperty.call(message, "update")) {
                object.update = $root.livekit.ParticipantUpdate.toObject(message.update, options, _depth + 1);
                if (options.oneofs)
                    object.message = "update";
            }
            if (message.leave != null && $Object.hasOwnProperty.call(message, "leave")) {
                object.leave = $root.livekit.LeaveRequest.toObject(message.leave, options, _depth + 1);
                if (options.oneofs)
                    object.message = "leave";
            }
            if (message.pong != null && $Object.hasOwnProperty.call(message, "pong")) {
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.pong = typeof message.pong === "number" ? $BigInt(message.pong) : $util.Long.fromBits(message.pong.low >>> 0, message.pong.high >>> 0, false).toBigInt();
                else if (typeof message.pong === "number")
                    object.pong = options.longs === $String ? $String(message.pong) : message.pong;
                else
                    object.pong = options.longs === $String ? $util.Long.prototype.toString.call(message.pong) : options.longs === $Number ? new $util.LongBits(message.pong.low >>> 0, message.pong.high >>> 0).toNumber() : message.pong;
                if (options.oneofs)
                    object.message = "pong";
            }
            if (message.reconnect != null && $Object.hasOwnProperty.call(message, "reconnect")) {
                object.reconnect = $root.livekit.ReconnectResponse.toObject(message.reconnect, options, _depth + 1);
                if (options.oneofs)
                    object.message = "reconnect";
            }
            if (message.pongResp != null && $Object.hasOwnProperty.call(message, "pongResp")) {
                object.pongResp = $root.livekit.Pong.toObject(message.pongResp, options, _depth + 1);
                if (options.oneofs)
                    object.message = "pongResp";
            }
            if (message.requestResponse != null && $Object.hasOwnProperty.call(message, "requestResponse")) {
                object.requestResponse = $root.livekit.RequestResponse.toObject(message.requestResponse, options, _depth + 1);
                if (options.oneofs)
                    object.message = "requestResponse";
            }
            if (message.publishDataTrackResponse != null && $Object.hasOwnProperty.call(message, "publishDataTrackResponse")) {
                object.publishDataTrackResponse = $root.livekit.PublishDataTrackResponse.toObject(message.publishDataTrackResponse, options, _depth + 1);
                if (options.oneofs)
                    object.message = "publishDataTrackResponse";
            }
            if (message.unpublishDataTrackResponse != null && $Object.hasOwnProperty.call(message, "unpublishDataTrackResponse")) {
                object.unpublishDataTrackResponse = $root.livekit.UnpublishDataTrackResponse.toObject(message.unpublishDataTrackResponse, options, _depth + 1);
                if (options.oneofs)
                    object.message = "unpublishDataTrackResponse";
            }
            if (message.dataTrackSubscriberHandles != null && $Object.hasOwnProperty.call(message, "dataTrackSubscriberHandles")) {
                object.dataTrackSubscriberHandles = $root.livekit.DataTrackSubscriberHandles.toObject(message.dataTrackSubscriberHandles, options, _depth + 1);
                if (options.oneofs)
                    object.message = "dataTrackSubscriberHandles";
            }
            if (message.storeDataBlobResponse != null && $Object.hasOwnProperty.call(message, "storeDataBlobResponse")) {
                object.storeDataBlobResponse = $root.livekit.StoreDataBlobResponse.toObject(message.storeDataBlobResponse, options, _depth + 1);
                if (options.oneofs)
                    object.message = "storeDataBlobResponse";
            }
            if (message.getDataBlobResponse != null && $Object.hasOwnProperty.call(message, "getDataBlobResponse")) {
                object.getDataBlobResponse = $root.livekit.GetDataBlobResponse.toObject(message.getDataBlobResponse, options, _depth + 1);
                if (options.oneofs)
                    object.message = "getDataBlobResponse";
            }
            return object;
        };

        /**
         * Converts this SignalResponse to JSON.
         * @function toJSON
         * @memberof livekit.SignalResponse
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        SignalResponse.prototype.toJSON = function() {
            return SignalResponse.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for SignalResponse
         * @function getTypeUrl
         * @memberof livekit.SignalResponse
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        SignalResponse.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/livekit.SignalResponse";
        };

        return SignalResponse;
    })();

    /**
     * SignalTarget enum.
     * @name livekit.SignalTarget
     * @enum {number}
     * @property {number} PUBLISHER=0 PUBLISHER value
     * @property {number} SUBSCRIBER=1 SUBSCRIBER value
     */
    livekit.SignalTarget = (function() {
        const valuesById = $Object.create(null), values = $Object.create(valuesById);
        values[valuesById[0] = "PUBLISHER"] = 0;
        values[valuesById[1] = "SUBSCRIBER"] = 1;
        return values;
    })();

    livekit.SessionDescription = (function() {

        /**
         * Properties of a SessionDescription.
         * @typedef {Object} livekit.SessionDescription.$Properties
         * @property {string|null} [type] SessionDescription type
         * @property {string|null} [sdp] SessionDescription sdp
         * @property {number|null} [id] SessionDescription id
         * @property {Object.<string,string>|null} [midToTrackId] SessionDescription midToTrackId
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a SessionDescription.
         * @memberof livekit
         * @interface ISessionDescription
         * @augments livekit.SessionDescription.$Properties
         * @deprecated Use livekit.SessionDescription.$Properties instead.
         */

        /**
         * Shape of a SessionDescription.
         * @typedef {livekit.SessionDescription.$Properties} livekit.SessionDescription.$Shape
         */

        /**
         * Constructs a new SessionDescription.
         * @memberof livekit
         * @classdesc Represents a SessionDescription.
         * @constructor
         * @param {livekit.SessionDescription.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const SessionDescription = function (properties) {
            this.midToTrackId = {};
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * SessionDescription type.
         * @member {string} type
         * @memberof livekit.SessionDescription
         * @instance
         */
        SessionDescription.prototype.type = "";

        /**
         * SessionDescription sdp.
         * @member {string} sdp
         * @memberof livekit.SessionDescription
         * @instance
         */
        SessionDescription.prototype.sdp = "";

        /**
         * SessionDescription id.
         * @member {number} id
         * @memberof livekit.SessionDescription
         * @instance
         */
        SessionDescription.prototype.id = 0;

        /**
         * SessionDescription midToTrackId.
         * @member {Object.<string,string>} midToTrackId
         * @memberof livekit.SessionDescription
         * @instance
         */
        SessionDescription.prototype.midToTrackId = $util.emptyObject;

        /**
         * Creates a new SessionDescription instance using the specified properties.
         * @function create
         * @memberof livekit.SessionDescription
         * @static
         * @param {livekit.SessionDescription.$Properties=} [properties] Properties to set
         * @returns {livekit.SessionDescription} SessionDescription instance
         * @type {{
         *   (properties: livekit.SessionDescription.$Shape): livekit.SessionDescription & livekit.SessionDescription.$Shape;
         *   (properties?: livekit.SessionDescription.$Properties): livekit.SessionDescription;
         * }}
         */
        SessionDescription.create = function(properties) {
            return new SessionDescription(properties);
        };

        /**
         * Encodes the specified SessionDescription message. Does not implicitly {@link livekit.SessionDescription.verify|verify} messages.
         * @function encode
         * @memberof livekit.SessionDescription
         * @static
         * @param {livekit.SessionDescription.$Properties} message SessionDescription message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SessionDescription.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.type);
            if (message.sdp != null && $Object.hasOwnProperty.call(message, "sdp") && message.sdp !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.sdp);
            if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== 0)
                writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.id);
            if (message.midToTrackId != null && $Object.hasOwnProperty.call(message, "midToTrackId"))
                for (let keys = $Object.keys(message.midToTrackId), i = 0; i < keys.length; ++i)
                    writer.uint32(/* id 4, wireType 2 =*/34).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.midToTrackId[keys[i]]).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified SessionDescription message, length delimited. Does not implicitly {@link livekit.SessionDescription.verify|verify} messages.
         * @function encodeDelimited
         * @memberof livekit.SessionDescription
         * @static
         * @param {livekit.SessionDescription.$Properties} message SessionDescription message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SessionDescription.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a SessionDescription message from the specified reader or buffer.
         * @function decode
         * @memberof livekit.SessionDescription
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {livekit.SessionDescription & livekit.SessionDescription.$Shape} SessionDescription
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        SessionDescription.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.livekit.SessionDescription();
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
                        if ((value = reader.stringVerify()).length)
                            message.type = value;
                        else
                            delete message.type;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.sdp = value;
                        else
                            delete message.sdp;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.id = value;
                        else
                            delete message.id;
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if (message.midToTrackId === $util.emptyObject)
                            message.midToTrackId = {};
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
                                key = reader.stringVerify();
                                continue;
                            case 2:
                                if (wireType !== 2)
                                    break;
                                value = reader.stringVerify();
                                continue;
                            }
                            reader.skipType(wireType, _depth, tag2);
                        }
                        if (reader.pos !== end2)
                            throw $RangeError("index out of range");
                        reader.len = end;
                        if (key === "__proto__")
                            $util.makeProp(message.midToTrackId, key);
                        message.midToTrackId[key] = value;
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

        /**
         * Decodes a SessionDescription message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof livekit.SessionDescription
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {livekit.SessionDescription & livekit.SessionDescription.$Shape} SessionDescription
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        SessionDescription.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a SessionDescription message.
         * @function verify
         * @memberof livekit.SessionDescription
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        SessionDescription.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                if (!$util.isString(message.type))
                    return "type: string expected";
            if (message.sdp != null && $Object.hasOwnProperty.call(message, "sdp"))
                if (!$util.isString(message.sdp))
                    return "sdp: string expected";
            if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                if (!$util.isInteger(message.id))
                    return "id: integer expected";
            if (message.midToTrackId != null && $Object.hasOwnProperty.call(message, "midToTrackId")) {
                if (!$util.isObject(message.midToTrackId))
                    return "midToTrackId: object expected";
                let key = $Object.keys(message.midToTrackId);
                for (let i = 0; i < key.length; ++i)
                    if (!$util.isString(message.midToTrackId[key[i]]))
                        return "midToTrackId: string{k:string} expected";
            }
            return null;
        };

        /**
         * Creates a SessionDescription message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof livekit.SessionDescription
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {livekit.SessionDescription} SessionDescription
         */
        SessionDescription.fromObject = function (object, _depth) {
            if (object instanceof $root.livekit.SessionDescription)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".livekit.SessionDescription: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.livekit.SessionDescription();
            if (object.type != null)
                if (typeof object.type !== "string" || object.type.length)
                    message.type = $String(object.type);
            if (object.sdp != null)
                if (typeof object.sdp !== "string" || object.sdp.length)
                    message.sdp = $String(object.sdp);
            if (object.id != null)
                if ($Number(object.id) !== 0)
                    message.id = object.id >>> 0;
            if (object.midToTrackId) {
                if (!$util.isObject(object.midToTrackId))
                    throw $TypeError(".livekit.SessionDescription.midToTrackId: object expected");
                message.midToTrackId = {};
                for (let keys = $Object.keys(object.midToTrackId), i = 0; i < keys.length; ++i) {
                    if (keys[i] === "__proto__")
                        $util.makeProp(message.midToTrackId, keys[i]);
                    message.midToTrackId[keys[i]] = $String(object.midToTrackId[keys[i]]);
                }
            }
            return message;
        };

        /**
         * Creates a plain object from a SessionDescription message. Also converts values to other types if specified.
         * @function toObject
         * @memberof livekit.SessionDescription
         * @static
         * @param {livekit.SessionDescription} message SessionDescription
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        SessionDescription.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.objects || options.defaults)
                object.midToTrackId = {};
            if (options.defaults) {
                object.type = "";
                object.sdp = "";
                object.id = 0;
            }
            if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                object.type = message.type;
            if (message.sdp != null && $Object.hasOwnProperty.call(message, "sdp"))
                object.sdp = message.sdp;
            if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                object.id = message.id;
            let keys2;
            if (message.midToTrackId && (keys2 = $Object.keys(message.midToTrackId)).length) {
                object.midToTrackId = {};
                for (let j = 0; j < keys2.length; ++j) {
                    if (keys2[j] === "__proto__")
                        $util.makeProp(object.midToTrackId, keys2[j]);
                    object.midToTrackId[keys2[j]] = message.midToTrackId[keys2[j]];
                }
            }
            return object;
        };

        /**
         * Converts this SessionDescription to JSON.
         * @function toJSON
         * @memberof livekit.SessionDescription
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        SessionDescription.prototype.toJSON = function() {
            return SessionDescription.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for SessionDescription
         * @function getTypeUrl
         * @memberof livekit.SessionDescription
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        SessionDescription.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/livekit.SessionDescription";
        };

        return SessionDescription;
    })();

    livekit.TrickleRequest = (function() {

        /**
         * Properties of a TrickleRequest.
         * @typedef {Object} livekit.TrickleRequest.$Properties
         * @property {string|null} [candidateInit] TrickleRequest candidateInit
         * @property {livekit.SignalTarget|null} [target] TrickleRequest target
         * @property {boolean|null} [final] TrickleRequest final
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a TrickleRequest.
         * @memberof livekit
         * @interface ITrickleRequest
         * @augments livekit.TrickleRequest.$Properties
         * @deprecated Use livekit.TrickleRequest.$Properties instead.
         */

        /**
         * Shape of a TrickleRequest.
         * @typedef {livekit.TrickleRequest.$Properties} livekit.TrickleRequest.$Shape
         */

        /**
         * Constructs a new TrickleRequest.
         * @memberof livekit
         * @classdesc Represents a TrickleRequest.
         * @constructor
         * @param {livekit.TrickleRequest.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const TrickleRequest = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * TrickleRequest candidateInit.
         * @member {string} candidateInit
         * @memberof livekit.TrickleRequest
         * @instance
         */
        TrickleRequest.prototype.candidateInit = "";

        /**
         * TrickleRequest target.
         * @member {livekit.SignalTarget} target
         * @memberof livekit.TrickleRequest
         * @instance
         */
        TrickleRequest.prototype.target = 0;

        /**
         * TrickleRequest final.
         * @member {boolean} final
         * @memberof livekit.TrickleRequest
         * @instance
         */
        TrickleRequest.prototype.final = false;

        /**
         * Creates a new TrickleRequest instance using the specified properties.
         * @function create
         * @memberof livekit.TrickleRequest
         * @static
         * @param {livekit.TrickleRequest.$Properties=} [properties] Properties to set
         * @returns {livekit.TrickleRequest} TrickleRequest instance
         * @type {{
         *   (properties: livekit.TrickleRequest.$Shape): livekit.TrickleRequest & livekit.TrickleRequest.$Shape;
         *   (properties?: livekit.TrickleRequest.$Properties): livekit.TrickleRequest;
         * }}
         */
        TrickleRequest.create = function(properties) {
            return new TrickleRequest(properties);
        };

        /**
         * Encodes the specified TrickleRequest message. Does not implicitly {@link livekit.TrickleRequest.verify|verify} messages.
         * @function encode
         * @memberof livekit.TrickleRequest
         * @static
         * @param {livekit.TrickleRequest.$Properties} message TrickleRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        TrickleRequest.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.candidateInit != null && $Object.hasOwnProperty.call(message, "candidateInit") && message.candidateInit !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.candidateInit);
            if (message.target != null && $Object.hasOwnProperty.call(message, "target") && message.target !== 0)
                writer.uint32(/* id 2, wireType 0 =*/16).int32(message.target);
            if (message.final != null && $Object.hasOwnProperty.call(message, "final") && message.final !== false)
                writer.uint32(/* id 3, wireType 0 =*/24).bool(message.final);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified TrickleRequest message, length delimited. Does not implicitly {@link livekit.TrickleRequest.verify|verify} messages.
         * @function encodeDelimited
         * @memberof livekit.TrickleRequest
         * @static
         * @param {livekit.TrickleRequest.$Properties} message TrickleRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        TrickleRequest.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a TrickleRequest message from the specified reader or buffer.
         * @function decode
         * @memberof livekit.TrickleRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {livekit.TrickleRequest & livekit.TrickleRequest.$Shape} TrickleRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        TrickleRequest.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.livekit.TrickleRequest();
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
                        if ((value = reader.stringVerify()).length)
                            message.candidateInit = value;
                        else
                            delete message.candidateInit;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.target = value;
                        else
                            delete message.target;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.final = value;
                        else
                            delete message.final;
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

        /**
         * Decodes a TrickleRequest message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof livekit.TrickleRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {livekit.TrickleRequest & livekit.TrickleRequest.$Shape} TrickleRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        TrickleRequest.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a TrickleRequest message.
         * @function verify
         * @memberof livekit.TrickleRequest
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        TrickleRequest.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.candidateInit != null && $Object.hasOwnProperty.call(message, "candidateInit"))
                if (!$util.isString(message.candidateInit))
                    return "candidateInit: string expected";
            if (message.target != null && $Object.hasOwnProperty.call(message, "target"))
                if (typeof message.target !== "number" || (message.target | 0) !== message.target)
                    return "target: enum value expected";
            if (message.final != null && $Object.hasOwnProperty.call(message, "final"))
                if (typeof message.final !== "boolean")
                    return "final: boolean expected";
            return null;
        };

        /**
         * Creates a TrickleRequest message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof livekit.TrickleRequest
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {livekit.TrickleRequest} TrickleRequest
         */
        TrickleRequest.fromObject = function (object, _depth) {
            if (object instanceof $root.livekit.TrickleRequest)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".livekit.TrickleRequest: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.livekit.TrickleRequest();
            if (object.candidateInit != null)
                if (typeof object.candidateInit !== "string" || object.candidateInit.length)
                    message.candidateInit = $String(object.candidateInit);
            if (object.target !== 0 && (typeof object.target !== "string" || $root.livekit.SignalTarget[object.target] !== 0))
                switch (object.target) {
                case "PUBLISHER":
                case 0:
                    message.target = 0;
                    break;
                case "SUBSCRIBER":
                case 1:
                    message.target = 1;
                    break;
                default:
                    if (typeof object.target === "number" && (object.target | 0) === object.target)
                        message.target = object.target;
                }
            if (object.final != null)
                if (object.final)
                    message.final = $Boolean(object.final);
            return message;
        };

        /**
         * Creates a plain object from a TrickleRequest message. Also converts values to other types if specified.
         * @function toObject
         * @memberof livekit.TrickleRequest
         * @static
         * @param {livekit.TrickleRequest} message TrickleRequest
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        TrickleRequest.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.candidateInit = "";
                object.target = options.enums === $String ? "PUBLISHER" : 0;
                object.final = false;
            }
            if (message.candidateInit != null && $Object.hasOwnProperty.call(message, "candidateInit"))
                object.candidateInit = message.candidateInit;
            if (message.target != null && $Object.hasOwnProperty.call(message, "target"))
                object.target = options.enums === $String ? $root.livekit.SignalTarget[message.target] === $undefined ? message.target : $root.livekit.SignalTarget[message.target] : message.target;
            if (message.final != null && $Object.hasOwnProperty.call(message, "final"))
                object.final = message.final;
            return object;
        };

        /**
         * Converts this TrickleRequest to JSON.
         * @function toJSON
         * @memberof livekit.TrickleRequest
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        TrickleRequest.prototype.toJSON = function() {
            return TrickleRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for TrickleRequest
         * @function getTypeUrl
         * @memberof livekit.TrickleRequest
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        TrickleRequest.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/livekit.TrickleRequest";
        };

        return TrickleRequest;
    })();

    livekit.LeaveRequest = (function() {

        /**
         * Properties of a LeaveRequest.
         * @typedef {Object} livekit.LeaveRequest.$Properties
         * @property {boolean|null} [canReconnect] LeaveRequest canReconnect
         * @property {livekit.DisconnectReason|null} [reason] LeaveRequest reason
         * @property {livekit.LeaveRequest.Action|null} [action] LeaveRequest action
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a LeaveRequest.
         * @memberof livekit
         * @interface ILeaveRequest
         * @augments livekit.LeaveRequest.$Properties
         * @deprecated Use livekit.LeaveRequest.$Properties instead.
         */

        /**
         * Shape of a LeaveRequest.
         * @typedef {livekit.LeaveRequest.$Properties} livekit.LeaveRequest.$Shape
         */

        /**
         * Constructs a new LeaveRequest.
         * @memberof livekit
         * @classdesc Represents a LeaveRequest.
         * @constructor
         * @param {livekit.LeaveRequest.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const LeaveRequest = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * LeaveRequest canReconnect.
         * @member {boolean} canReconnect
         * @memberof livekit.LeaveRequest
         * @instance
         */
        LeaveRequest.prototype.canReconnect = false;

        /**
         * LeaveRequest reason.
         * @member {livekit.DisconnectReason} reason
         * @memberof livekit.LeaveRequest
         * @instance
         */
        LeaveRequest.prototype.reason = 0;

        /**
         * LeaveRequest action.
         * @member {livekit.LeaveRequest.Action} action
         * @memberof livekit.LeaveRequest
         * @instance
         */
        LeaveRequest.prototype.action = 0;

        /**
         * Creates a new LeaveRequest instance using the specified properties.
         * @function create
         * @memberof livekit.LeaveRequest
         * @static
         * @param {livekit.LeaveRequest.$Properties=} [properties] Properties to set
         * @returns {livekit.LeaveRequest} LeaveRequest instance
         * @type {{
         *   (properties: livekit.LeaveRequest.$Shape): livekit.LeaveRequest & livekit.LeaveRequest.$Shape;
         *   (properties?: livekit.LeaveRequest.$Properties): livekit.LeaveRequest;
         * }}
         */
        LeaveRequest.create = function(properties) {
            return new LeaveRequest(properties);
        };

        /**
         * Encodes the specified LeaveRequest message. Does not implicitly {@link livekit.LeaveRequest.verify|verify} messages.
         * @function encode
         * @memberof livekit.LeaveRequest
         * @static
         * @param {livekit.LeaveRequest.$Properties} message LeaveRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        LeaveRequest.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.canReconnect != null && $Object.hasOwnProperty.call(message, "canReconnect") && message.canReconnect !== false)
                writer.uint32(/* id 1, wireType 0 =*/8).bool(message.canReconnect);
            if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== 0)
                writer.uint32(/* id 2, wireType 0 =*/16).int32(message.reason);
            if (message.action != null && $Object.hasOwnProperty.call(message, "action") && message.action !== 0)
                writer.uint32(/* id 3, wireType 0 =*/24).int32(message.action);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified LeaveRequest message, length delimited. Does not implicitly {@link livekit.LeaveRequest.verify|verify} messages.
         * @function encodeDelimited
         * @memberof livekit.LeaveRequest
         * @static
         * @param {livekit.LeaveRequest.$Properties} message LeaveRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        LeaveRequest.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a LeaveRequest message from the specified reader or buffer.
         * @function decode
         * @memberof livekit.LeaveRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {livekit.LeaveRequest & livekit.LeaveRequest.$Shape} LeaveRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        LeaveRequest.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.livekit.LeaveRequest();
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
                        if (value = reader.bool())
                            message.canReconnect = value;
                        else
                            delete message.canReconnect;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.reason = value;
                        else
                            delete message.reason;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.action = value;
                        else
                            delete message.action;
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

        /**
         * Decodes a LeaveRequest message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof livekit.LeaveRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {livekit.LeaveRequest & livekit.LeaveRequest.$Shape} LeaveRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        LeaveRequest.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a LeaveRequest message.
         * @function verify
         * @memberof livekit.LeaveRequest
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        LeaveRequest.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.canReconnect != null && $Object.hasOwnProperty.call(message, "canReconnect"))
                if (typeof message.canReconnect !== "boolean")
                    return "canReconnect: boolean expected";
            if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                if (typeof message.reason !== "number" || (message.reason | 0) !== message.reason)
                    return "reason: enum value expected";
            if (message.action != null && $Object.hasOwnProperty.call(message, "action"))
                if (typeof message.action !== "number" || (message.action | 0) !== message.action)
                    return "action: enum value expected";
            return null;
        };

        /**
         * Creates a LeaveRequest message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof livekit.LeaveRequest
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {livekit.LeaveRequest} LeaveRequest
         */
        LeaveRequest.fromObject = function (object, _depth) {
            if (object instanceof $root.livekit.LeaveRequest)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".livekit.LeaveRequest: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.livekit.LeaveRequest();
            if (object.canReconnect != null)
                if (object.canReconnect)
                    message.canReconnect = $Boolean(object.canReconnect);
            if (object.reason !== 0 && (typeof object.reason !== "string" || $root.livekit.DisconnectReason[object.reason] !== 0))
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
                    if (typeof object.reason === "number" && (object.reason | 0) === object.reason)
                        message.reason = object.reason;
                }
            if (object.action !== 0 && (typeof object.action !== "string" || $root.livekit.LeaveRequest.Action[object.action] !== 0))
                switch (object.action) {
                case "DISCONNECT":
                case 0:
                    message.action = 0;
                    break;
                case "RESUME":
                case 1:
                    message.action = 1;
                    break;
                case "RECONNECT":
                case 2:
                    message.action = 2;
                    break;
                default:
                    if (typeof object.action === "number" && (object.action | 0) === object.action)
                        message.action = object.action;
                }
            return message;
        };

        /**
         * Creates a plain object from a LeaveRequest message. Also converts values to other types if specified.
         * @function toObject
         * @memberof livekit.LeaveRequest
         * @static
         * @param {livekit.LeaveRequest} message LeaveRequest
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        LeaveRequest.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.canReconnect = false;
                object.reason = options.enums === $String ? "UNKNOWN_REASON" : 0;
                object.action = options.enums === $String ? "DISCONNECT" : 0;
            }
            if (message.canReconnect != null && $Object.hasOwnProperty.call(message, "canReconnect"))
                object.canReconnect = message.canReconnect;
            if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                object.reason = options.enums === $String ? $root.livekit.DisconnectReason[message.reason] === $undefined ? message.reason : $root.livekit.DisconnectReason[message.reason] : message.reason;
            if (message.action != null && $Object.hasOwnProperty.call(message, "action"))
                object.action = options.enums === $String ? $root.livekit.LeaveRequest.Action[message.action] === $undefined ? message.action : $root.livekit.LeaveRequest.Action[message.action] : message.action;
            return object;
        };

        /**
         * Converts this LeaveRequest to JSON.
         * @function toJSON
         * @memberof livekit.LeaveRequest
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        LeaveRequest.prototype.toJSON = function() {
            return LeaveRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for LeaveRequest
         * @function getTypeUrl
         * @memberof livekit.LeaveRequest
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        LeaveRequest.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/livekit.LeaveRequest";
        };

        /**
         * Action enum.
         * @name livekit.LeaveRequest.Action
         * @enum {number}
         * @property {number} DISCONNECT=0 DISCONNECT value
         * @property {number} RESUME=1 RESUME value
         * @property {number} RECONNECT=2 RECONNECT value
         */
        LeaveRequest.Action = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "DISCONNECT"] = 0;
            values[valuesById[1] = "RESUME"] = 1;
            values[valuesById[2] = "RECONNECT"] = 2;
            return values;
        })();

        return LeaveRequest;
    })();

    livekit.Ping = (function() {

        /**
         * Properties of a Ping.
         * @typedef {Object} livekit.Ping.$Properties
         * @property {number|Long|null} [timestamp] Ping timestamp
         * @property {number|Long|null} [rtt] Ping rtt
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Ping.
         * @memberof livekit
         * @interface IPing
         * @augments livekit.Ping.$Properties
         * @deprecated Use livekit.Ping.$Properties instead.
         */

        /**
         * Shape of a Ping.
         * @typedef {livekit.Ping.$Properties} livekit.Ping.$Shape
         */

        /**
         * Constructs a new Ping.
         * @memberof livekit
         * @classdesc Represents a Ping.
         * @constructor
         * @param {livekit.Ping.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Ping = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Ping timestamp.
         * @member {number|Long} timestamp
         * @memberof livekit.Ping
         * @instance
         */
        Ping.prototype.timestamp = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * Ping rtt.
         * @member {number|Long} rtt
         * @memberof livekit.Ping
         * @instance
         */
        Ping.prototype.rtt = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * Creates a new Ping instance using the specified properties.
         * @function create
         * @memberof livekit.Ping
         * @static
         * @param {livekit.Ping.$Properties=} [properties] Properties to set
         * @returns {livekit.Ping} Ping instance
         * @type {{
         *   (properties: livekit.Ping.$Shape): livekit.Ping & livekit.Ping.$Shape;
         *   (properties?: livekit.Ping.$Properties): livekit.Ping;
         * }}
         */
        Ping.create = function(properties) {
            return new Ping(properties);
        };

        /**
         * Encodes the specified Ping message. Does not implicitly {@link livekit.Ping.verify|verify} messages.
         * @function encode
         * @memberof livekit.Ping
         * @static
         * @param {livekit.Ping.$Properties} message Ping message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Ping.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp") && (typeof message.timestamp === "object" ? message.timestamp.low || message.timestamp.high : message.timestamp !== 0))
                writer.uint32(/* id 1, wireType 0 =*/8).int64(message.timestamp);
            if (message.rtt != null && $Object.hasOwnProperty.call(message, "rtt") && (typeof message.rtt === "object" ? message.rtt.low || message.rtt.high : message.rtt !== 0))
                writer.uint32(/* id 2, wireType 0 =*/16).int64(message.rtt);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified Ping message, length delimited. Does not implicitly {@link livekit.Ping.verify|verify} messages.
         * @function encodeDelimited
         * @memberof livekit.Ping
         * @static
         * @param {livekit.Ping.$Properties} message Ping message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Ping.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a Ping message from the specified reader or buffer.
         * @function decode
         * @memberof livekit.Ping
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {livekit.Ping & livekit.Ping.$Shape} Ping
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Ping.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.livekit.Ping();
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
                            message.timestamp = value;
                        else
                            delete message.timestamp;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.rtt = value;
                        else
                            delete message.rtt;
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

        /**
         * Decodes a Ping message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof livekit.Ping
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {livekit.Ping & livekit.Ping.$Shape} Ping
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Ping.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a Ping message.
         * @function verify
         * @memberof livekit.Ping
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        Ping.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp"))
                if (!$util.isInteger(message.timestamp) && !(message.timestamp && $util.isInteger(message.timestamp.low) && $util.isInteger(message.timestamp.high)))
                    return "timestamp: integer|Long expected";
            if (message.rtt != null && $Object.hasOwnProperty.call(message, "rtt"))
                if (!$util.isInteger(message.rtt) && !(message.rtt && $util.isInteger(message.rtt.low) && $util.isInteger(message.rtt.high)))
                    return "rtt: integer|Long expected";
            return null;
        };

        /**
         * Creates a Ping message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof livekit.Ping
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {livekit.Ping} Ping
         */
        Ping.fromObject = function (object, _depth) {
            if (object instanceof $root.livekit.Ping)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".livekit.Ping: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.livekit.Ping();
            if (object.timestamp != null)
                if (typeof object.timestamp === "object" ? object.timestamp.low || object.timestamp.high : $Number(object.timestamp) !== 0)
                    if ($util.Long)
                        message.timestamp = $util.Long.fromValue(object.timestamp, false);
                    else if (typeof object.timestamp === "string")
                        message.timestamp = $parseInt(object.timestamp, 10);
                    else if (typeof object.timestamp === "number")
                        message.timestamp = object.timestamp;
                    else if (typeof object.timestamp === "object")
                        message.timestamp = new $util.LongBits(object.timestamp.low >>> 0, object.timestamp.high >>> 0).toNumber();
            if (object.rtt != null)
                if (typeof object.rtt === "object" ? object.rtt.low || object.rtt.high : $Number(object.rtt) !== 0)
                    if ($util.Long)
                        message.rtt = $util.Long.fromValue(object.rtt, false);
                    else if (typeof object.rtt === "string")
                        message.rtt = $parseInt(object.rtt, 10);
                    else if (typeof object.rtt === "number")
                        message.rtt = object.rtt;
                    else if (typeof object.rtt === "object")
                        message.rtt = new $util.LongBits(object.rtt.low >>> 0, object.rtt.high >>> 0).toNumber();
            return message;
        };

        /**
         * Creates a plain object from a Ping message. Also converts values to other types if specified.
         * @function toObject
         * @memberof livekit.Ping
         * @static
         * @param {livekit.Ping} message Ping
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        Ping.toObject = function (message, options, _depth) {
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
                    object.timestamp = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.timestamp = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.rtt = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.rtt = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
            }
            if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.timestamp = typeof message.timestamp === "number" ? $BigInt(message.timestamp) : $util.Long.fromBits(message.timestamp.low >>> 0, message.timestamp.high >>> 0, false).toBigInt();
                else if (typeof message.timestamp === "number")
                    object.timestamp = options.longs === $String ? $String(message.timestamp) : message.timestamp;
                else
                    object.timestamp = options.longs === $String ? $util.Long.prototype.toString.call(message.timestamp) : options.longs === $Number ? new $util.LongBits(message.timestamp.low >>> 0, message.timestamp.high >>> 0).toNumber() : message.timestamp;
            if (message.rtt != null && $Object.hasOwnProperty.call(message, "rtt"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.rtt = typeof message.rtt === "number" ? $BigInt(message.rtt) : $util.Long.fromBits(message.rtt.low >>> 0, message.rtt.high >>> 0, false).toBigInt();
                else if (typeof message.rtt === "number")
                    object.rtt = options.longs === $String ? $String(message.rtt) : message.rtt;
                else
                    object.rtt = options.longs === $String ? $util.Long.prototype.toString.call(message.rtt) : options.longs === $Number ? new $util.LongBits(message.rtt.low >>> 0, message.rtt.high >>> 0).toNumber() : message.rtt;
            return object;
        };

        /**
         * Converts this Ping to JSON.
         * @function toJSON
         * @memberof livekit.Ping
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        Ping.prototype.toJSON = function() {
            return Ping.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for Ping
         * @function getTypeUrl
         * @memberof livekit.Ping
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        Ping.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/livekit.Ping";
        };

        return Ping;
    })();

    livekit.Pong = (function() {

        /**
         * Properties of a Pong.
         * @typedef {Object} livekit.Pong.$Properties
         * @property {number|Long|null} [lastPingTimestamp] Pong lastPingTimestamp
         * @property {number|Long|null} [timestamp] Pong timestamp
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Pong.
         * @memberof livekit
         * @interface IPong
         * @augments livekit.Pong.$Properties
         * @deprecated Use livekit.Pong.$Properties instead.
         */

        /**
         * Shape of a Pong.
         * @typedef {livekit.Pong.$Properties} livekit.Pong.$Shape
         */

        /**
         * Constructs a new Pong.
         * @memberof livekit
         * @classdesc Represents a Pong.
         * @constructor
         * @param {livekit.Pong.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Pong = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Pong lastPingTimestamp.
         * @member {number|Long} lastPingTimestamp
         * @memberof livekit.Pong
         * @instance
         */
        Pong.prototype.lastPingTimestamp = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * Pong timestamp.
         * @member {number|Long} timestamp
         * @memberof livekit.Pong
         * @instance
         */
        Pong.prototype.timestamp = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * Creates a new Pong instance using the specified properties.
         * @function create
         * @memberof livekit.Pong
         * @static
         * @param {livekit.Pong.$Properties=} [properties] Properties to set
         * @returns {livekit.Pong} Pong instance
         * @type {{
         *   (properties: livekit.Pong.$Shape): livekit.Pong & livekit.Pong.$Shape;
         *   (properties?: livekit.Pong.$Properties): livekit.Pong;
         * }}
         */
        Pong.create = function(properties) {
            return new Pong(properties);
        };

        /**
         * Encodes the specified Pong message. Does not implicitly {@link livekit.Pong.verify|verify} messages.
         * @function encode
         * @memberof livekit.Pong
         * @static
         * @param {livekit.Pong.$Properties} message Pong message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Pong.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.lastPingTimestamp != null && $Object.hasOwnProperty.call(message, "lastPingTimestamp") && (typeof message.lastPingTimestamp === "object" ? message.lastPingTimestamp.low || message.lastPingTimestamp.high : message.lastPingTimestamp !== 0))
                writer.uint32(/* id 1, wireType 0 =*/8).int64(message.lastPingTimestamp);
            if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp") && (typeof message.timestamp === "object" ? message.timestamp.low || message.timestamp.high : message.timestamp !== 0))
                writer.uint32(/* id 2, wireType 0 =*/16).int64(message.timestamp);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified Pong message, length delimited. Does not implicitly {@link livekit.Pong.verify|verify} messages.
         * @function encodeDelimited
         * @memberof livekit.Pong
         * @static
         * @param {livekit.Pong.$Properties} message Pong message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Pong.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a Pong message from the specified reader or buffer.
         * @function decode
         * @memberof livekit.Pong
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {livekit.Pong & livekit.Pong.$Shape} Pong
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Pong.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.livekit.Pong();
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
                            message.lastPingTimestamp = value;
                        else
                            delete message.lastPingTimestamp;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.timestamp = value;
                        else
                            delete message.timestamp;
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

        /**
         * Decodes a Pong message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof livekit.Pong
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {livekit.Pong & livekit.Pong.$Shape} Pong
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Pong.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a Pong message.
         * @function verify
         * @memberof livekit.Pong
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        Pong.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.lastPingTimestamp != null && $Object.hasOwnProperty.call(message, "lastPingTimestamp"))
                if (!$util.isInteger(message.lastPingTimestamp) && !(message.lastPingTimestamp && $util.isInteger(message.lastPingTimestamp.low) && $util.isInteger(message.lastPingTimestamp.high)))
                    return "lastPingTimestamp: integer|Long expected";
            if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp"))
                if (!$util.isInteger(message.timestamp) && !(message.timestamp && $util.isInteger(message.timestamp.low) && $util.isInteger(message.timestamp.high)))
                    return "timestamp: integer|Long expected";
            return null;
        };

        /**
         * Creates a Pong message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof livekit.Pong
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {livekit.Pong} Pong
         */
        Pong.fromObject = function (object, _depth) {
            if (object instanceof $root.livekit.Pong)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".livekit.Pong: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.livekit.Pong();
            if (object.lastPingTimestamp != null)
                if (typeof object.lastPingTimestamp === "object" ? object.lastPingTimestamp.low || object.lastPingTimestamp.high : $Number(object.lastPingTimestamp) !== 0)
                    if ($util.Long)
                        message.lastPingTimestamp = $util.Long.fromValue(object.lastPingTimestamp, false);
                    else if (typeof object.lastPingTimestamp === "string")
                        message.lastPingTimestamp = $parseInt(object.lastPingTimestamp, 10);
                    else if (typeof object.lastPingTimestamp === "number")
                        message.lastPingTimestamp = object.lastPingTimestamp;
                    else if (typeof object.lastPingTimestamp === "object")
                        message.lastPingTimestamp = new $util.LongBits(object.lastPingTimestamp.low >>> 0, object.lastPingTimestamp.high >>> 0).toNumber();
            if (object.timestamp != null)
                if (typeof object.timestamp === "object" ? object.timestamp.low || object.timestamp.high : $Number(object.timestamp) !== 0)
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

        /**
         * Creates a plain object from a Pong message. Also converts values to other types if specified.
         * @function toObject
         * @memberof livekit.Pong
         * @static
         * @param {livekit.Pong} message Pong
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        Pong.toObject = function (message, options, _depth) {
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
                    object.lastPingTimestamp = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.lastPingTimestamp = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.timestamp = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.timestamp = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
            }
            if (message.lastPingTimestamp != null && $Object.hasOwnProperty.call(message, "lastPingTimestamp"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.lastPingTimestamp = typeof message.lastPingTimestamp === "number" ? $BigInt(message.lastPingTimestamp) : $util.Long.fromBits(message.lastPingTimestamp.low >>> 0, message.lastPingTimestamp.high >>> 0, false).toBigInt();
                else if (typeof message.lastPingTimestamp === "number")
                    object.lastPingTimestamp = options.longs === $String ? $String(message.lastPingTimestamp) : message.lastPingTimestamp;
                else
                    object.lastPingTimestamp = options.longs === $String ? $util.Long.prototype.toString.call(message.lastPingTimestamp) : options.longs === $Number ? new $util.LongBits(message.lastPingTimestamp.low >>> 0, message.lastPingTimestamp.high >>> 0).toNumber() : message.lastPingTimestamp;
            if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.timestamp = typeof message.timestamp === "number" ? $BigInt(message.timestamp) : $util.Long.fromBits(message.timestamp.low >>> 0, message.timestamp.high >>> 0, false).toBigInt();
                else if (typeof message.timestamp === "number")
                    object.timestamp = options.longs === $String ? $String(message.timestamp) : message.timestamp;
                else
                    object.timestamp = options.longs === $String ? $util.Long.prototype.toString.call(message.timestamp) : options.longs === $Number ? new $util.LongBits(message.timestamp.low >>> 0, message.timestamp.high >>> 0).toNumber() : message.timestamp;
            return object;
        };

        /**
         * Converts this Pong to JSON.
         * @function toJSON
         * @memberof livekit.Pong
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        Pong.prototype.toJSON = function() {
            return Pong.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for Pong
         * @function getTypeUrl
         * @memberof livekit.Pong
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        Pong.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/livekit.Pong";
        };

        return Pong;
    })();

    livekit.ParticipantUpdate = (function() {

        /**
         * Properties of a ParticipantUpdate.
         * @typedef {Object} livekit.ParticipantUpdate.$Properties
         * @property {Array.<livekit.ParticipantInfo.$Properties>|null} [participants] ParticipantUpdate participants
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a ParticipantUpdate.
         * @memberof livekit
         * @interface IParticipantUpdate
         * @augments livekit.ParticipantUpdate.$Properties
         * @deprecated Use livekit.ParticipantUpdate.$Properties instead.
         */

        /**
         * Shape of a ParticipantUpdate.
         * @typedef {{
         *   participants?: Array.<livekit.ParticipantInfo.$Shape>|null;
         *   $unknowns?: Array.<Uint8Array>;
         * }} livekit.ParticipantUpdate.$Shape
         */

        /**
         * Constructs a new ParticipantUpdate.
         * @memberof livekit
         * @classdesc Represents a ParticipantUpdate.
         * @constructor
         * @param {livekit.ParticipantUpdate.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const ParticipantUpdate = function (properties) {
            this.participants = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * ParticipantUpdate participants.
         * @member {Array.<livekit.ParticipantInfo.$Properties>} participants
         * @memberof livekit.ParticipantUpdate
         * @instance
         */
        ParticipantUpdate.prototype.participants = $util.emptyArray;

        /**
         * Creates a new ParticipantUpdate instance using the specified properties.
         * @function create
         * @memberof livekit.ParticipantUpdate
         * @static
         * @param {livekit.ParticipantUpdate.$Properties=} [properties] Properties to set
         * @returns {livekit.ParticipantUpdate} ParticipantUpdate instance
         * @type {{
         *   (properties: livekit.ParticipantUpdate.$Shape): livekit.ParticipantUpdate & livekit.ParticipantUpdate.$Shape;
         *   (properties?: livekit.ParticipantUpdate.$Properties): livekit.ParticipantUpdate;
         * }}
         */
        ParticipantUpdate.create = function(properties) {
            return new ParticipantUpdate(properties);
        };

        /**
         * Encodes the specified ParticipantUpdate message. Does not implicitly {@link livekit.ParticipantUpdate.verify|verify} messages.
         * @function encode
         * @memberof livekit.ParticipantUpdate
         * @static
         * @param {livekit.ParticipantUpdate.$Properties} message ParticipantUpdate message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ParticipantUpdate.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.participants != null && message.participants.length)
                for (let i = 0; i < message.participants.length; ++i)
                    $root.livekit.ParticipantInfo.encode(message.participants[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified ParticipantUpdate message, length delimited. Does not implicitly {@link livekit.ParticipantUpdate.verify|verify} messages.
         * @function encodeDelimited
         * @memberof livekit.ParticipantUpdate
         * @static
         * @param {livekit.ParticipantUpdate.$Properties} message ParticipantUpdate message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ParticipantUpdate.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a ParticipantUpdate message from the specified reader or buffer.
         * @function decode
         * @memberof livekit.ParticipantUpdate
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {livekit.ParticipantUpdate & livekit.ParticipantUpdate.$Shape} ParticipantUpdate
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ParticipantUpdate.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.livekit.ParticipantUpdate();
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
                        if (!(message.participants && message.participants.length))
                            message.participants = [];
                        message.participants.push($root.livekit.ParticipantInfo.decode(reader, reader.size(), $undefined, _depth + 1));
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

        /**
         * Decodes a ParticipantUpdate message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof livekit.ParticipantUpdate
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {livekit.ParticipantUpdate & livekit.ParticipantUpdate.$Shape} ParticipantUpdate
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ParticipantUpdate.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a ParticipantUpdate message.
         * @function verify
         * @memberof livekit.ParticipantUpdate
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        ParticipantUpdate.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.participants != null && $Object.hasOwnProperty.call(message, "participants")) {
                if (!$Array.isArray(message.participants))
                    return "participants: array expected";
                for (let i = 0; i < message.participants.length; ++i) {
                    let error = $root.livekit.ParticipantInfo.verify(message.participants[i], _depth + 1);
                    if (error)
                        return "participants." + error;
                }
            }
            return null;
        };

        /**
         * Creates a ParticipantUpdate message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof livekit.ParticipantUpdate
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {livekit.ParticipantUpdate} ParticipantUpdate
         */
        ParticipantUpdate.fromObject = function (object, _depth) {
            if (object instanceof $root.livekit.ParticipantUpdate)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".livekit.ParticipantUpdate: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.livekit.ParticipantUpdate();
            if (object.participants) {
                if (!$Array.isArray(object.participants))
                    throw $TypeError(".livekit.ParticipantUpdate.participants: array expected");
                message.participants = $Array(object.participants.length);
                for (let i = 0; i < object.participants.length; ++i) {
                    if (!$util.isObject(object.participants[i]))
                        throw $TypeError(".livekit.ParticipantUpdate.participants: object expected");
                    message.participants[i] = $root.livekit.ParticipantInfo.fromObject(object.participants[i], _depth + 1);
                }
            }
            return message;
        };

        /**
         * Creates a plain object from a ParticipantUpdate message. Also converts values to other types if specified.
         * @function toObject
         * @memberof livekit.ParticipantUpdate
         * @static
         * @param {livekit.ParticipantUpdate} message ParticipantUpdate
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        ParticipantUpdate.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
                object.participants = [];
            if (message.participants && message.participants.length) {
                object.participants = $Array(message.participants.length);
                for (let j = 0; j < message.participants.length; ++j)
                    object.participants[j] = $root.livekit.ParticipantInfo.toObject(message.participants[j], options, _depth + 1);
            }
            return object;
        };

        /**
         * Converts this ParticipantUpdate to JSON.
         * @function toJSON
         * @memberof livekit.ParticipantUpdate
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        ParticipantUpdate.prototype.toJSON = function() {
            return ParticipantUpdate.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for ParticipantUpdate
         * @function getTypeUrl
         * @memberof livekit.ParticipantUpdate
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        ParticipantUpdate.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/livekit.ParticipantUpdate";
        };

        return ParticipantUpdate;
    })();

    livekit.ConnectionSettings = (function() {

        /**
         * Properties of a ConnectionSettings.
         * @typedef {Object} livekit.ConnectionSettings.$Properties
         * @property {boolean|null} [autoSubscribe] ConnectionSettings autoSubscribe
         * @property {boolean|null} [adaptiveStream] ConnectionSettings adaptiveStream
         * @property {boolean|null} [subscriberAllowPause] ConnectionSettings subscriberAllowPause
         * @property {boolean|null} [disableIceLite] ConnectionSettings disableIceLite
         * @property {boolean|null} [autoSubscribeDataTrack] ConnectionSettings autoSubscribeDataTrack
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a ConnectionSettings.
         * @memberof livekit
         * @interface IConnectionSettings
         * @augments livekit.ConnectionSettings.$Properties
         * @deprecated Use livekit.ConnectionSettings.$Properties instead.
         */

        /**
         * Shape of a ConnectionSettings.
         * @typedef {livekit.ConnectionSettings.$Properties} livekit.ConnectionSettings.$Shape
         */

        /**
         * Constructs a new ConnectionSettings.
         * @memberof livekit
         * @classdesc Represents a ConnectionSettings.
         * @constructor
         * @param {livekit.ConnectionSettings.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const ConnectionSettings = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * ConnectionSettings autoSubscribe.
         * @member {boolean} autoSubscribe
         * @memberof livekit.ConnectionSettings
         * @instance
         */
        ConnectionSettings.prototype.autoSubscribe = false;

        /**
         * ConnectionSettings adaptiveStream.
         * @member {boolean} adaptiveStream
         * @memberof livekit.ConnectionSettings
         * @instance
         */
        ConnectionSettings.prototype.adaptiveStream = false;

        /**
         * ConnectionSettings subscriberAllowPause.
         * @member {boolean|null|undefined} subscriberAllowPause
         * @memberof livekit.ConnectionSettings
         * @instance
         */
        ConnectionSettings.prototype.subscriberAllowPause = null;

        /**
         * ConnectionSettings disableIceLite.
         * @member {boolean} disableIceLite
         * @memberof livekit.ConnectionSettings
         * @instance
         */
        ConnectionSettings.prototype.disableIceLite = false;

        /**
         * ConnectionSettings autoSubscribeDataTrack.
         * @member {boolean|null|undefined} autoSubscribeDataTrack
         * @memberof livekit.ConnectionSettings
         * @instance
         */
        ConnectionSettings.prototype.autoSubscribeDataTrack = null;

        // OneOf field names bound to virtual getters and setters
        let $oneOfFields;

        // Virtual OneOf for proto3 optional field
        $Object.defineProperty(ConnectionSettings.prototype, "_subscriberAllowPause", {
            get: $util.oneOfGetter($oneOfFields = ["subscriberAllowPause"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        // Virtual OneOf for proto3 optional field
        $Object.defineProperty(ConnectionSettings.prototype, "_autoSubscribeDataTrack", {
            get: $util.oneOfGetter($oneOfFields = ["autoSubscribeDataTrack"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        /**
         * Creates a new ConnectionSettings instance using the specified properties.
         * @function create
         * @memberof livekit.ConnectionSettings
         * @static
         * @param {livekit.ConnectionSettings.$Properties=} [properties] Properties to set
         * @returns {livekit.ConnectionSettings} ConnectionSettings instance
         * @type {{
         *   (properties: livekit.ConnectionSettings.$Shape): livekit.ConnectionSettings & livekit.ConnectionSettings.$Shape;
         *   (properties?: livekit.ConnectionSettings.$Properties): livekit.ConnectionSettings;
         * }}
         */
        ConnectionSettings.create = function(properties) {
            return new ConnectionSettings(properties);
        };

        /**
         * Encodes the specified ConnectionSettings message. Does not implicitly {@link livekit.ConnectionSettings.verify|verify} messages.
         * @function encode
         * @memberof livekit.ConnectionSettings
         * @static
         * @param {livekit.ConnectionSettings.$Properties} message ConnectionSettings message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ConnectionSettings.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.autoSubscribe != null && $Object.hasOwnProperty.call(message, "autoSubscribe") && message.autoSubscribe !== false)
                writer.uint32(/* id 1, wireType 0 =*/8).bool(message.autoSubscribe);
            if (message.adaptiveStream != null && $Object.hasOwnProperty.call(message, "adaptiveStream") && message.adaptiveStream !== false)
                writer.uint32(/* id 2, wireType 0 =*/16).bool(message.adaptiveStream);
            if (message.subscriberAllowPause != null && $Object.hasOwnProperty.call(message, "subscriberAllowPause"))
                writer.uint32(/* id 3, wireType 0 =*/24).bool(message.subscriberAllowPause);
            if (message.disableIceLite != null && $Object.hasOwnProperty.call(message, "disableIceLite") && message.disableIceLite !== false)
                writer.uint32(/* id 4, wireType 0 =*/32).bool(message.disableIceLite);
            if (message.autoSubscribeDataTrack != null && $Object.hasOwnProperty.call(message, "autoSubscribeDataTrack"))
                writer.uint32(/* id 5, wireType 0 =*/40).bool(message.autoSubscribeDataTrack);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified ConnectionSettings message, length delimited. Does not implicitly {@link livekit.ConnectionSettings.verify|verify} messages.
         * @function encodeDelimited
         * @memberof livekit.ConnectionSettings
         * @static
         * @param {livekit.ConnectionSettings.$Properties} message ConnectionSettings message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ConnectionSettings.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a ConnectionSettings message from the specified reader or buffer.
         * @function decode
         * @memberof livekit.ConnectionSettings
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {livekit.ConnectionSettings & livekit.ConnectionSettings.$Shape} ConnectionSettings
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ConnectionSettings.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.livekit.ConnectionSettings();
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
                        if (value = reader.bool())
                            message.autoSubscribe = value;
                        else
                            delete message.autoSubscribe;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.adaptiveStream = value;
                        else
                            delete message.adaptiveStream;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        message.subscriberAllowPause = reader.bool();
                        message._subscriberAllowPause = "subscriberAllowPause";
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.disableIceLite = value;
                        else
                            delete message.disableIceLite;
                        continue;
                    }
                case 5: {
                        if (wireType !== 0)
                            break;
                        message.autoSubscribeDataTrack = reader.bool();
                        message._autoSubscribeDataTrack = "autoSubscribeDataTrack";
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

        /**
         * Decodes a ConnectionSettings message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof livekit.ConnectionSettings
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {livekit.ConnectionSettings & livekit.ConnectionSettings.$Shape} ConnectionSettings
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ConnectionSettings.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a ConnectionSettings message.
         * @function verify
         * @memberof livekit.ConnectionSettings
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        ConnectionSettings.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            let properties = {};
            if (message.autoSubscribe != null && $Object.hasOwnProperty.call(message, "autoSubscribe"))
                if (typeof message.autoSubscribe !== "boolean")
                    return "autoSubscribe: boolean expected";
            if (message.adaptiveStream != null && $Object.hasOwnProperty.call(message, "adaptiveStream"))
                if (typeof message.adaptiveStream !== "boolean")
                    return "adaptiveStream: boolean expected";
            if (message.subscriberAllowPause != null && $Object.hasOwnProperty.call(message, "subscriberAllowPause")) {
                properties._subscriberAllowPause = 1;
                if (typeof message.subscriberAllowPause !== "boolean")
                    return "subscriberAllowPause: boolean expected";
            }
            if (message.disableIceLite != null && $Object.hasOwnProperty.call(message, "disableIceLite"))
                if (typeof message.disableIceLite !== "boolean")
                    return "disableIceLite: boolean expected";
            if (message.autoSubscribeDataTrack != null && $Object.hasOwnProperty.call(message, "autoSubscribeDataTrack")) {
                properties._autoSubscribeDataTrack = 1;
                if (typeof message.autoSubscribeDataTrack !== "boolean")
                    return "autoSubscribeDataTrack: boolean expected";
            }
            return null;
        };

        /**
         * Creates a ConnectionSettings message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof livekit.ConnectionSettings
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {livekit.ConnectionSettings} ConnectionSettings
         */
        ConnectionSettings.fromObject = function (object, _depth) {
            if (object instanceof $root.livekit.ConnectionSettings)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".livekit.ConnectionSettings: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.livekit.ConnectionSettings();
            if (object.autoSubscribe != null)
                if (object.autoSubscribe)
                    message.autoSubscribe = $Boolean(object.autoSubscribe);
            if (object.adaptiveStream != null)
                if (object.adaptiveStream)
                    message.adaptiveStream = $Boolean(object.adaptiveStream);
            if (object.subscriberAllowPause != null)
                message.subscriberAllowPause = $Boolean(object.subscriberAllowPause);
            if (object.disableIceLite != null)
                if (object.disableIceLite)
                    message.disableIceLite = $Boolean(object.disableIceLite);
            if (object.autoSubscribeDataTrack != null)
                message.autoSubscribeDataTrack = $Boolean(object.autoSubscribeDataTrack);
            return message;
        };

        /**
         * Creates a plain object from a ConnectionSettings message. Also converts values to other types if specified.
         * @function toObject
         * @memberof livekit.ConnectionSettings
         * @static
         * @param {livekit.ConnectionSettings} message ConnectionSettings
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        ConnectionSettings.toObject = function (message, options, _depth) {
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
                object.disableIceLite = false;
            }
            if (message.autoSubscribe != null && $Object.hasOwnProperty.call(message, "autoSubscribe"))
                object.autoSubscribe = message.autoSubscribe;
            if (message.adaptiveStream != null && $Object.hasOwnProperty.call(message, "adaptiveStream"))
                object.adaptiveStream = message.adaptiveStream;
            if (message.subscriberAllowPause != null && $Object.hasOwnProperty.call(message, "subscriberAllowPause"))
                object.subscriberAllowPause = message.subscriberAllowPause;
            if (message.disableIceLite != null && $Object.hasOwnProperty.call(message, "disableIceLite"))
                object.disableIceLite = message.disableIceLite;
            if (message.autoSubscribeDataTrack != null && $Object.hasOwnProperty.call(message, "autoSubscribeDataTrack"))
                object.autoSubscribeDataTrack = message.autoSubscribeDataTrack;
            return object;
        };

        /**
         * Converts this ConnectionSettings to JSON.
         * @function toJSON
         * @memberof livekit.ConnectionSettings
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        ConnectionSettings.prototype.toJSON = function() {
            return ConnectionSettings.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for ConnectionSettings
         * @function getTypeUrl
         * @memberof livekit.ConnectionSettings
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        ConnectionSettings.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/livekit.ConnectionSettings";
        };

        return ConnectionSettings;
    })();

    livekit.JoinRequest = (function() {

        /**
         * Properties of a JoinRequest.
         * @typedef {Object} livekit.JoinRequest.$Properties
         * @property {livekit.ClientInfo.$Properties|null} [clientInfo] JoinRequest clientInfo
         * @property {livekit.ConnectionSettings.$Properties|null} [connectionSettings] JoinRequest connectionSettings
         * @property {string|null} [metadata] JoinRequest metadata
         * @property {Object.<string,string>|null} [participantAttributes] JoinRequest participantAttributes
         * @property {livekit.SessionDescription.$Properties|null} [publisherOffer] JoinRequest publisherOffer
         * @property {boolean|null} [reconnect] JoinRequest reconnect
         * @property {livekit.ReconnectReason|null} [reconnectReason] JoinRequest reconnectReason
         * @property {string|null} [participantSid] JoinRequest participantSid
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a JoinRequest.
         * @memberof livekit
         * @interface IJoinRequest
         * @augments livekit.JoinRequest.$Properties
         * @deprecated Use livekit.JoinRequest.$Properties instead.
         */

        /**
         * Shape of a JoinRequest.
         * @typedef {livekit.JoinRequest.$Properties} livekit.JoinRequest.$Shape
         */

        /**
         * Constructs a new JoinRequest.
         * @memberof livekit
         * @classdesc Represents a JoinRequest.
         * @constructor
         * @param {livekit.JoinRequest.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const JoinRequest = function (properties) {
            this.participantAttributes = {};
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * JoinRequest clientInfo.
         * @member {livekit.ClientInfo.$Properties|null|undefined} clientInfo
         * @memberof livekit.JoinRequest
         * @instance
         */
        JoinRequest.prototype.clientInfo = null;

        /**
         * JoinRequest connectionSettings.
         * @member {livekit.ConnectionSettings.$Properties|null|undefined} connectionSettings
         * @memberof livekit.JoinRequest
         * @instance
         */
        JoinRequest.prototype.connectionSettings = null;

        /**
         * JoinRequest metadata.
         * @member {string} metadata
         * @memberof livekit.JoinRequest
         * @instance
         */
        JoinRequest.prototype.metadata = "";

        /**
         * JoinRequest participantAttributes.
         * @member {Object.<string,string>} participantAttributes
         * @memberof livekit.JoinRequest
         * @instance
         */
        JoinRequest.prototype.participantAttributes = $util.emptyObject;

        /**
         * JoinRequest publisherOffer.
         * @member {livekit.SessionDescription.$Properties|null|undefined} publisherOffer
         * @memberof livekit.JoinRequest
         * @instance
         */
        JoinRequest.prototype.publisherOffer = null;

        /**
         * JoinRequest reconnect.
         * @member {boolean} reconnect
         * @memberof livekit.JoinRequest
         * @instance
         */
        JoinRequest.prototype.reconnect = false;

        /**
         * JoinRequest reconnectReason.
         * @member {livekit.ReconnectReason} reconnectReason
         * @memberof livekit.JoinRequest
         * @instance
         */
        JoinRequest.prototype.reconnectReason = 0;

        /**
         * JoinRequest participantSid.
         * @member {string} participantSid
         * @memberof livekit.JoinRequest
         * @instance
         */
        JoinRequest.prototype.participantSid = "";

        /**
         * Creates a new JoinRequest instance using the specified properties.
         * @function create
         * @memberof livekit.JoinRequest
         * @static
         * @param {livekit.JoinRequest.$Properties=} [properties] Properties to set
         * @returns {livekit.JoinRequest} JoinRequest instance
         * @type {{
         *   (properties: livekit.JoinRequest.$Shape): livekit.JoinRequest & livekit.JoinRequest.$Shape;
         *   (properties?: livekit.JoinRequest.$Properties): livekit.JoinRequest;
         * }}
         */
        JoinRequest.create = function(properties) {
            return new JoinRequest(properties);
        };

        /**
         * Encodes the specified JoinRequest message. Does not implicitly {@link livekit.JoinRequest.verify|verify} messages.
         * @function encode
         * @memberof livekit.JoinRequest
         * @static
         * @param {livekit.JoinRequest.$Properties} message JoinRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        JoinRequest.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.clientInfo != null && $Object.hasOwnProperty.call(message, "clientInfo"))
                $root.livekit.ClientInfo.encode(message.clientInfo, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
            if (message.connectionSettings != null && $Object.hasOwnProperty.call(message, "connectionSettings"))
                $root.livekit.ConnectionSettings.encode(message.connectionSettings, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
            if (message.metadata != null && $Object.hasOwnProperty.call(message, "metadata") && message.metadata !== "")
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.metadata);
            if (message.participantAttributes != null && $Object.hasOwnProperty.call(message, "participantAttributes"))
                for (let keys = $Object.keys(message.participantAttributes), i = 0; i < keys.length; ++i)
                    writer.uint32(/* id 4, wireType 2 =*/34).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.participantAttributes[keys[i]]).ldelim();
            if (message.publisherOffer != null && $Object.hasOwnProperty.call(message, "publisherOffer"))
                $root.livekit.SessionDescription.encode(message.publisherOffer, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
            if (message.reconnect != null && $Object.hasOwnProperty.call(message, "reconnect") && message.reconnect !== false)
                writer.uint32(/* id 7, wireType 0 =*/56).bool(message.reconnect);
            if (message.reconnectReason != null && $Object.hasOwnProperty.call(message, "reconnectReason") && message.reconnectReason !== 0)
                writer.uint32(/* id 8, wireType 0 =*/64).int32(message.reconnectReason);
            if (message.participantSid != null && $Object.hasOwnProperty.call(message, "participantSid") && message.participantSid !== "")
                writer.uint32(/* id 9, wireType 2 =*/74).string(message.participantSid);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified JoinRequest message, length delimited. Does not implicitly {@link livekit.JoinRequest.verify|verify} messages.
         * @function encodeDelimited
         * @memberof livekit.JoinRequest
         * @static
         * @param {livekit.JoinRequest.$Properties} message JoinRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        JoinRequest.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a JoinRequest message from the specified reader or buffer.
         * @function decode
         * @memberof livekit.JoinRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {livekit.JoinRequest & livekit.JoinRequest.$Shape} JoinRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        JoinRequest.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.livekit.JoinRequest();
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
                        message.clientInfo = $root.livekit.ClientInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.clientInfo);
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        message.connectionSettings = $root.livekit.ConnectionSettings.decode(reader, reader.size(), $undefined, _depth + 1, message.connectionSettings);
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.metadata = value;
                        else
                            delete message.metadata;
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if (message.participantAttributes === $util.emptyObject)
                            message.participantAttributes = {};
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
                                key = reader.stringVerify();
                                continue;
                            case 2:
                                if (wireType !== 2)
                                    break;
                                value = reader.stringVerify();
                                continue;
                            }
                            reader.skipType(wireType, _depth, tag2);
                        }
                        if (reader.pos !== end2)
                            throw $RangeError("index out of range");
                        reader.len = end;
                        if (key === "__proto__")
                            $util.makeProp(message.participantAttributes, key);
                        message.participantAttributes[key] = value;
                        continue;
                    }
                case 6: {
                        if (wireType !== 2)
                            break;
                        message.publisherOffer = $root.livekit.SessionDescription.decode(reader, reader.size(), $undefined, _depth + 1, message.publisherOffer);
                        continue;
                    }
                case 7: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.reconnect = value;
                        else
                            delete message.reconnect;
                        continue;
                    }
                case 8: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.reconnectReason = value;
                        else
                            delete message.reconnectReason;
                        continue;
                    }
                case 9: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.participantSid = value;
                        else
                            delete message.participantSid;
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

        /**
         * Decodes a JoinRequest message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof livekit.JoinRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {livekit.JoinRequest & livekit.JoinRequest.$Shape} JoinRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        JoinRequest.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a JoinRequest message.
         * @function verify
         * @memberof livekit.JoinRequest
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        JoinRequest.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.clientInfo != null && $Object.hasOwnProperty.call(message, "clientInfo")) {
                let error = $root.livekit.ClientInfo.verify(message.clientInfo, _depth + 1);
                if (error)
                    return "clientInfo." + error;
            }
            if (message.connectionSettings != null && $Object.hasOwnProperty.call(message, "connectionSettings")) {
                let error = $root.livekit.ConnectionSettings.verify(message.connectionSettings, _depth + 1);
                if (error)
                    return "connectionSettings." + error;
            }
            if (message.metadata != null && $Object.hasOwnProperty.call(message, "metadata"))
                if (!$util.isString(message.metadata))
                    return "metadata: string expected";
            if (message.participantAttributes != null && $Object.hasOwnProperty.call(message, "participantAttributes")) {
                if (!$util.isObject(message.participantAttributes))
                    return "participantAttributes: object expected";
                let key = $Object.keys(message.participantAttributes);
                for (let i = 0; i < key.length; ++i)
                    if (!$util.isString(message.participantAttributes[key[i]]))
                        return "participantAttributes: string{k:string} expected";
            }
            if (message.publisherOffer != null && $Object.hasOwnProperty.call(message, "publisherOffer")) {
                let error = $root.livekit.SessionDescription.verify(message.publisherOffer, _depth + 1);
                if (error)
                    return "publisherOffer." + error;
            }
            if (message.reconnect != null && $Object.hasOwnProperty.call(message, "reconnect"))
                if (typeof message.reconnect !== "boolean")
                    return "reconnect: boolean expected";
            if (message.reconnectReason != null && $Object.hasOwnProperty.call(message, "reconnectReason"))
                if (typeof message.reconnectReason !== "number" || (message.reconnectReason | 0) !== message.reconnectReason)
                    return "reconnectReason: enum value expected";
            if (message.participantSid != null && $Object.hasOwnProperty.call(message, "participantSid"))
                if (!$util.isString(message.participantSid))
                    return "participantSid: string expected";
            return null;
        };

        /**
         * Creates a JoinRequest message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof livekit.JoinRequest
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {livekit.JoinRequest} JoinRequest
         */
        JoinRequest.fromObject = function (object, _depth) {
            if (object instanceof $root.livekit.JoinRequest)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".livekit.JoinRequest: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.livekit.JoinRequest();
            if (object.clientInfo != null) {
                if (!$util.isObject(object.clientInfo))
                    throw $TypeError(".livekit.JoinRequest.clientInfo: object expected");
                message.clientInfo = $root.livekit.ClientInfo.fromObject(object.clientInfo, _depth + 1);
            }
            if (object.connectionSettings != null) {
                if (!$util.isObject(object.connectionSettings))
                    throw $TypeError(".livekit.JoinRequest.connectionSettings: object expected");
                message.connectionSettings = $root.livekit.ConnectionSettings.fromObject(object.connectionSettings, _depth + 1);
            }
            if (object.metadata != null)
                if (typeof object.metadata !== "string" || object.metadata.length)
                    message.metadata = $String(object.metadata);
            if (object.participantAttributes) {
                if (!$util.isObject(object.participantAttributes))
                    throw $TypeError(".livekit.JoinRequest.participantAttributes: object expected");
                message.participantAttributes = {};
                for (let keys = $Object.keys(object.participantAttributes), i = 0; i < keys.length; ++i) {
                    if (keys[i] === "__proto__")
                        $util.makeProp(message.participantAttributes, keys[i]);
                    message.participantAttributes[keys[i]] = $String(object.participantAttributes[keys[i]]);
                }
            }
            if (object.publisherOffer != null) {
                if (!$util.isObject(object.publisherOffer))
                    throw $TypeError(".livekit.JoinRequest.publisherOffer: object expected");
                message.publisherOffer = $root.livekit.SessionDescription.fromObject(object.publisherOffer, _depth + 1);
            }
            if (object.reconnect != null)
                if (object.reconnect)
                    message.reconnect = $Boolean(object.reconnect);
            if (object.reconnectReason !== 0 && (typeof object.reconnectReason !== "string" || $root.livekit.ReconnectReason[object.reconnectReason] !== 0))
                switch (object.reconnectReason) {
                case "RR_UNKNOWN":
                case 0:
                    message.reconnectReason = 0;
                    break;
                case "RR_SIGNAL_DISCONNECTED":
                case 1:
                    message.reconnectReason = 1;
                    break;
                case "RR_PUBLISHER_FAILED":
                case 2:
                    message.reconnectReason = 2;
                    break;
                case "RR_SUBSCRIBER_FAILED":
                case 3:
                    message.reconnectReason = 3;
                    break;
                case "RR_SWITCH_CANDIDATE":
                case 4:
                    message.reconnectReason = 4;
                    break;
                default:
                    if (typeof object.reconnectReason === "number" && (object.reconnectReason | 0) === object.reconnectReason)
                        message.reconnectReason = object.reconnectReason;
                }
            if (object.participantSid != null)
                if (typeof object.participantSid !== "string" || object.participantSid.length)
                    message.participantSid = $String(object.participantSid);
            return message;
        };

        /**
         * Creates a plain object from a JoinRequest message. Also converts values to other types if specified.
         * @function toObject
         * @memberof livekit.JoinRequest
         * @static
         * @param {livekit.JoinRequest} message JoinRequest
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        JoinRequest.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.objects || options.defaults)
                object.participantAttributes = {};
            if (options.defaults) {
                object.clientInfo = null;
                object.connectionSettings = null;
                object.metadata = "";
                object.publisherOffer = null;
                object.reconnect = false;
                object.reconnectReason = options.enums === $String ? "RR_UNKNOWN" : 0;
                object.participantSid = "";
            }
            if (message.clientInfo != null && $Object.hasOwnProperty.call(message, "clientInfo"))
                object.clientInfo = $root.livekit.ClientInfo.toObject(message.clientInfo, options, _depth + 1);
            if (message.connectionSettings != null && $Object.hasOwnProperty.call(message, "connectionSettings"))
                object.connectionSettings = $root.livekit.ConnectionSettings.toObject(message.connectionSettings, options, _depth + 1);
            if (message.metadata != null && $Object.hasOwnProperty.call(message, "metadata"))
                object.metadata = message.metadata;
            let keys2;
            if (message.participantAttributes && (keys2 = $Object.keys(message.participantAttributes)).length) {
                object.participantAttributes = {};
                for (let j = 0; j < keys2.length; ++j) {
                    if (keys2[j] === "__proto__")
                        $util.makeProp(object.participantAttributes, keys2[j]);
                    object.participantAttributes[keys2[j]] = message.participantAttributes[keys2[j]];
                }
            }
            if (message.publisherOffer != null && $Object.hasOwnProperty.call(message, "publisherOffer"))
                object.publisherOffer = $root.livekit.SessionDescription.toObject(message.publisherOffer, options, _depth + 1);
            if (message.reconnect != null && $Object.hasOwnProperty.call(message, "reconnect"))
                object.reconnect = message.reconnect;
            if (message.reconnectReason != null && $Object.hasOwnProperty.call(message, "reconnectReason"))
                object.reconnectReason = options.enums === $String ? $root.livekit.ReconnectReason[message.reconnectReason] === $undefined ? message.reconnectReason : $root.livekit.ReconnectReason[message.reconnectReason] : message.reconnectReason;
            if (message.participantSid != null && $Object.hasOwnProperty.call(message, "participantSid"))
                object.participantSid = message.participantSid;
            return object;
        };

        /**
         * Converts this JoinRequest to JSON.
         * @function toJSON
         * @memberof livekit.JoinRequest
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        JoinRequest.prototype.toJSON = function() {
            return JoinRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for JoinRequest
         * @function getTypeUrl
         * @memberof livekit.JoinRequest
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        JoinRequest.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/livekit.JoinRequest";
        };

        return JoinRequest;
    })();

    livekit.WrappedJoinRequest = (function() {

        /**
         * Properties of a WrappedJoinRequest.
         * @typedef {Object} livekit.WrappedJoinRequest.$Properties
         * @property {livekit.WrappedJoinRequest.Compression|null} [compression] WrappedJoinRequest compression
         * @property {Uint8Array|null} [joinRequest] WrappedJoinRequest joinRequest
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a WrappedJoinRequest.
         * @memberof livekit
         * @interface IWrappedJoinRequest
         * @augments livekit.WrappedJoinRequest.$Properties
         * @deprecated Use livekit.WrappedJoinRequest.$Properties instead.
         */

        /**
         * Shape of a WrappedJoinRequest.
         * @typedef {livekit.WrappedJoinRequest.$Properties} livekit.WrappedJoinRequest.$Shape
         */

        /**
         * Constructs a new WrappedJoinRequest.
         * @memberof livekit
         * @classdesc Represents a WrappedJoinRequest.
         * @constructor
         * @param {livekit.WrappedJoinRequest.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const WrappedJoinRequest = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * WrappedJoinRequest compression.
         * @member {livekit.WrappedJoinRequest.Compression} compression
         * @memberof livekit.WrappedJoinRequest
         * @instance
         */
        WrappedJoinRequest.prototype.compression = 0;

        /**
         * WrappedJoinRequest joinRequest.
         * @member {Uint8Array} joinRequest
         * @memberof livekit.WrappedJoinRequest
         * @instance
         */
        WrappedJoinRequest.prototype.joinRequest = $util.newBuffer([]);

        /**
         * Creates a new WrappedJoinRequest instance using the specified properties.
         * @function create
         * @memberof livekit.WrappedJoinRequest
         * @static
         * @param {livekit.WrappedJoinRequest.$Properties=} [properties] Properties to set
         * @returns {livekit.WrappedJoinRequest} WrappedJoinRequest instance
         * @type {{
         *   (properties: livekit.WrappedJoinRequest.$Shape): livekit.WrappedJoinRequest & livekit.WrappedJoinRequest.$Shape;
         *   (properties?: livekit.WrappedJoinRequest.$Properties): livekit.WrappedJoinRequest;
         * }}
         */
        WrappedJoinRequest.create = function(properties) {
            return new WrappedJoinRequest(properties);
        };

        /**
         * Encodes the specified WrappedJoinRequest message. Does not implicitly {@link livekit.WrappedJoinRequest.verify|verify} messages.
         * @function encode
         * @memberof livekit.WrappedJoinRequest
         * @static
         * @param {livekit.WrappedJoinRequest.$Properties} message WrappedJoinRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        WrappedJoinRequest.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.compression != null && $Object.hasOwnProperty.call(message, "compression") && message.compression !== 0)
                writer.uint32(/* id 1, wireType 0 =*/8).int32(message.compression);
            if (message.joinRequest != null && $Object.hasOwnProperty.call(message, "joinRequest") && message.joinRequest.length)
                writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.joinRequest);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified WrappedJoinRequest message, length delimited. Does not implicitly {@link livekit.WrappedJoinRequest.verify|verify} messages.
         * @function encodeDelimited
         * @memberof livekit.WrappedJoinRequest
         * @static
         * @param {livekit.WrappedJoinRequest.$Properties} message WrappedJoinRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        WrappedJoinRequest.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a WrappedJoinRequest message from the specified reader or buffer.
         * @function decode
         * @memberof livekit.WrappedJoinRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {livekit.WrappedJoinRequest & livekit.WrappedJoinRequest.$Shape} WrappedJoinRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        WrappedJoinRequest.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.livekit.WrappedJoinRequest();
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
                        if (value = reader.int32())
                            message.compression = value;
                        else
                            delete message.compression;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.joinRequest = value;
                        else
                            delete message.joinRequest;
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

        /**
         * Decodes a WrappedJoinRequest message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof livekit.WrappedJoinRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {livekit.WrappedJoinRequest & livekit.WrappedJoinRequest.$Shape} WrappedJoinRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        WrappedJoinRequest.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a WrappedJoinRequest message.
         * @function verify
         * @memberof livekit.WrappedJoinRequest
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        WrappedJoinRequest.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.compression != null && $Object.hasOwnProperty.call(message, "compression"))
                if (typeof message.compression !== "number" || (message.compression | 0) !== message.compression)
                    return "compression: enum value expected";
            if (message.joinRequest != null && $Object.hasOwnProperty.call(message, "joinRequest"))
                if (!(message.joinRequest && typeof message.joinRequest.length === "number" || $util.isString(message.joinRequest)))
                    return "joinRequest: buffer expected";
            return null;
        };

        /**
         * Creates a WrappedJoinRequest message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof livekit.WrappedJoinRequest
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {livekit.WrappedJoinRequest} WrappedJoinRequest
         */
        WrappedJoinRequest.fromObject = function (object, _depth) {
            if (object instanceof $root.livekit.WrappedJoinRequest)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".livekit.WrappedJoinRequest: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.livekit.WrappedJoinRequest();
            if (object.compression !== 0 && (typeof object.compression !== "string" || $root.livekit.WrappedJoinRequest.Compression[object.compression] !== 0))
                switch (object.compression) {
                case "NONE":
                case 0:
                    message.compression = 0;
                    break;
                case "GZIP":
                case 1:
                    message.compression = 1;
                    break;
                default:
                    if (typeof object.compression === "number" && (object.compression | 0) === object.compression)
                        message.compression = object.compression;
                }
            if (object.joinRequest != null)
                if (object.joinRequest.length)
                    if (typeof object.joinRequest === "string")
                        $util.base64.decode(object.joinRequest, message.joinRequest = $util.newBuffer($util.base64.length(object.joinRequest)), 0);
                    else if (object.joinRequest.length >= 0)
                        message.joinRequest = object.joinRequest;
            return message;
        };

        /**
         * Creates a plain object from a WrappedJoinRequest message. Also converts values to other types if specified.
         * @function toObject
         * @memberof livekit.WrappedJoinRequest
         * @static
         * @param {livekit.WrappedJoinRequest} message WrappedJoinRequest
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        WrappedJoinRequest.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.compression = options.enums === $String ? "NONE" : 0;
                if (options.bytes === $String)
                    object.joinRequest = "";
                else {
                    object.joinRequest = [];
                    if (options.bytes !== $Array)
                        object.joinRequest = $util.newBuffer(object.joinRequest);
                }
            }
            if (message.compression != null && $Object.hasOwnProperty.call(message, "compression"))
                object.compression = options.enums === $String ? $root.livekit.WrappedJoinRequest.Compression[message.compression] === $undefined ? message.compression : $root.livekit.WrappedJoinRequest.Compression[message.compression] : message.compression;
            if (message.joinRequest != null && $Object.hasOwnProperty.call(message, "joinRequest"))
                object.joinRequest = options.bytes === $String ? $util.base64.encode(message.joinRequest, 0, message.joinRequest.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.joinRequest) : message.joinRequest;
            return object;
        };

        /**
         * Converts this WrappedJoinRequest to JSON.
         * @function toJSON
         * @memberof livekit.WrappedJoinRequest
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        WrappedJoinRequest.prototype.toJSON = function() {
            return WrappedJoinRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for WrappedJoinRequest
         * @function getTypeUrl
         * @memberof livekit.WrappedJoinRequest
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        WrappedJoinRequest.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/livekit.WrappedJoinRequest";
        };

        /**
         * Compression enum.
         * @name livekit.WrappedJoinRequest.Compression
         * @enum {number}
         * @property {number} NONE=0 NONE value
         * @property {number} GZIP=1 GZIP value
         */
        WrappedJoinRequest.Compression = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "NONE"] = 0;
            values[valuesById[1] = "GZIP"] = 1;
            return values;
        })();

        return WrappedJoinRequest;
    })();

    livekit.JoinResponse = (function() {

        /**
         * Properties of a JoinResponse.
         * @typedef {Object} livekit.JoinResponse.$Properties
         * @property {livekit.Room.$Properties|null} [room] JoinResponse room
         * @property {livekit.ParticipantInfo.$Properties|null} [participant] JoinResponse participant
         * @property {Array.<livekit.ParticipantInfo.$Properties>|null} [otherParticipants] JoinResponse otherParticipants
         * @property {string|null} [serverVersion] JoinResponse serverVersion
         * @property {boolean|null} [subscriberPrimary] JoinResponse subscriberPrimary
         * @property {string|null} [alternativeUrl] JoinResponse alternativeUrl
         * @property {livekit.ClientConfiguration.$Properties|null} [clientConfiguration] JoinResponse clientConfiguration
         * @property {string|null} [serverRegion] JoinResponse serverRegion
         * @property {number|null} [pingTimeout] JoinResponse pingTimeout
         * @property {number|null} [pingInterval] JoinResponse pingInterval
         * @property {livekit.ServerInfo.$Properties|null} [serverInfo] JoinResponse serverInfo
         * @property {Uint8Array|null} [sifTrailer] JoinResponse sifTrailer
         * @property {boolean|null} [fastPublish] JoinResponse fastPublish
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a JoinResponse.
         * @memberof livekit
         * @interface IJoinResponse
         * @augments livekit.JoinResponse.$Properties
         * @deprecated Use livekit.JoinResponse.$Properties instead.
         */

        /**
         * Shape of a JoinResponse.
         * @typedef {{
         *   room?: livekit.Room.$Shape|null;
         *   participant?: livekit.ParticipantInfo.$Shape|null;
         *   otherParticipants?: Array.<livekit.ParticipantInfo.$Shape>|null;
         *   serverVersion?: string|null;
         *   subscriberPrimary?: boolean|null;
         *   alternativeUrl?: string|null;
         *   clientConfiguration?: livekit.ClientConfiguration.$Shape|null;
         *   serverRegion?: string|null;
         *   pingTimeout?: number|null;
         *   pingInterval?: number|null;
         *   serverInfo?: livekit.ServerInfo.$Shape|null;
         *   sifTrailer?: Uint8Array|null;
         *   fastPublish?: boolean|null;
         *   $unknowns?: Array.<Uint8Array>;
         * }} livekit.JoinResponse.$Shape
         */

        /**
         * Constructs a new JoinResponse.
         * @memberof livekit
         * @classdesc Represents a JoinResponse.
         * @constructor
         * @param {livekit.JoinResponse.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const JoinResponse = function (properties) {
            this.otherParticipants = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * JoinResponse room.
         * @member {livekit.Room.$Properties|null|undefined} room
         * @memberof livekit.JoinResponse
         * @instance
         */
        JoinResponse.prototype.room = null;

        /**
         * JoinResponse participant.
         * @member {livekit.ParticipantInfo.$Properties|null|undefined} participant
         * @memberof livekit.JoinResponse
         * @instance
         */
        JoinResponse.prototype.participant = null;

        /**
         * JoinResponse otherParticipants.
         * @member {Array.<livekit.ParticipantInfo.$Properties>} otherParticipants
         * @memberof livekit.JoinResponse
         * @instance
         */
        JoinResponse.prototype.otherParticipants = $util.emptyArray;

        /**
         * JoinResponse serverVersion.
         * @member {string} serverVersion
         * @memberof livekit.JoinResponse
         * @instance
         */
        JoinResponse.prototype.serverVersion = "";

        /**
         * JoinResponse subscriberPrimary.
         * @member {boolean} subscriberPrimary
         * @memberof livekit.JoinResponse
         * @instance
         */
        JoinResponse.prototype.subscriberPrimary = false;

        /**
         * JoinResponse alternativeUrl.
         * @member {string} alternativeUrl
         * @memberof livekit.JoinResponse
         * @instance
         */
        JoinResponse.prototype.alternativeUrl = "";

        /**
         * JoinResponse clientConfiguration.
         * @member {livekit.ClientConfiguration.$Properties|null|undefined} clientConfiguration
         * @memberof livekit.JoinResponse
         * @instance
         */
        JoinResponse.prototype.clientConfiguration = null;

        /**
         * JoinResponse serverRegion.
         * @member {string} serverRegion
         * @memberof livekit.JoinResponse
         * @instance
         */
        JoinResponse.prototype.serverRegion = "";

        /**
         * JoinResponse pingTimeout.
         * @member {number} pingTimeout
         * @memberof livekit.JoinResponse
         * @instance
         */
        JoinResponse.prototype.pingTimeout = 0;

        /**
         * JoinResponse pingInterval.
         * @member {number} pingInterval
         * @memberof livekit.JoinResponse
         * @instance
         */
        JoinResponse.prototype.pingInterval = 0;

        /**
         * JoinResponse serverInfo.
         * @member {livekit.ServerInfo.$Properties|null|undefined} serverInfo
         * @memberof livekit.JoinResponse
         * @instance
         */
        JoinResponse.prototype.serverInfo = null;

        /**
         * JoinResponse sifTrailer.
         * @member {Uint8Array} sifTrailer
         * @memberof livekit.JoinResponse
         * @instance
         */
        JoinResponse.prototype.sifTrailer = $util.newBuffer([]);

        /**
         * JoinResponse fastPublish.
         * @member {boolean} fastPublish
         * @memberof livekit.JoinResponse
         * @instance
         */
        JoinResponse.prototype.fastPublish = false;

        /**
         * Creates a new JoinResponse instance using the specified properties.
         * @function create
         * @memberof livekit.JoinResponse
         * @static
         * @param {livekit.JoinResponse.$Properties=} [properties] Properties to set
         * @returns {livekit.JoinResponse} JoinResponse instance
         * @type {{
         *   (properties: livekit.JoinResponse.$Shape): livekit.JoinResponse & livekit.JoinResponse.$Shape;
         *   (properties?: livekit.JoinResponse.$Properties): livekit.JoinResponse;
         * }}
         */
        JoinResponse.create = function(properties) {
            return new JoinResponse(properties);
        };

        /**
         * Encodes the specified JoinResponse message. Does not implicitly {@link livekit.JoinResponse.verify|verify} messages.
         * @function encode
         * @memberof livekit.JoinResponse
         * @static
         * @param {livekit.JoinResponse.$Properties} message JoinResponse message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        JoinResponse.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.room != null && $Object.hasOwnProperty.call(message, "room"))
                $root.livekit.Room.encode(message.room, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
            if (message.participant != null && $Object.hasOwnProperty.call(message, "participant"))
                $root.livekit.ParticipantInfo.encode(message.participant, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
            if (message.otherParticipants != null && message.otherParticipants.length)
                for (let i = 0; i < message.otherParticipants.length; ++i)
                    $root.livekit.ParticipantInfo.encode(message.otherParticipants[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
            if (message.serverVersion != null && $Object.hasOwnProperty.call(message, "serverVersion") && message.serverVersion !== "")
                writer.uint32(/* id 4, wireType 2 =*/34).string(message.serverVersion);
            if (message.subscriberPrimary != null && $Object.hasOwnProperty.call(message, "subscriberPrimary") && message.subscriberPrimary !== false)
                writer.uint32(/* id 6, wireType 0 =*/48).bool(message.subscriberPrimary);
            if (message.alternativeUrl != null && $Object.hasOwnProperty.call(message, "alternativeUrl") && message.alternativeUrl !== "")
                writer.uint32(/* id 7, wireType 2 =*/58).string(message.alternativeUrl);
            if (message.clientConfiguration != null && $Object.hasOwnProperty.call(message, "clientConfiguration"))
                $root.livekit.ClientConfiguration.encode(message.clientConfiguration, writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
            if (message.serverRegion != null && $Object.hasOwnProperty.call(message, "serverRegion") && message.serverRegion !== "")
                writer.uint32(/* id 9, wireType 2 =*/74).string(message.serverRegion);
            if (message.pingTimeout != null && $Object.hasOwnProperty.call(message, "pingTimeout") && message.pingTimeout !== 0)
                writer.uint32(/* id 10, wireType 0 =*/80).int32(message.pingTimeout);
            if (message.pingInterval != null && $Object.hasOwnProperty.call(message, "pingInterval") && message.pingInterval !== 0)
                writer.uint32(/* id 11, wireType 0 =*/88).int32(message.pingInterval);
            if (message.serverInfo != null && $Object.hasOwnProperty.call(message, "serverInfo"))
                $root.livekit.ServerInfo.encode(message.serverInfo, writer.uint32(/* id 12, wireType 2 =*/98).fork(), _depth + 1).ldelim();
            if (message.sifTrailer != null && $Object.hasOwnProperty.call(message, "sifTrailer") && message.sifTrailer.length)
                writer.uint32(/* id 13, wireType 2 =*/106).bytes(message.sifTrailer);
            if (message.fastPublish != null && $Object.hasOwnProperty.call(message, "fastPublish") && message.fastPublish !== false)
                writer.uint32(/* id 15, wireType 0 =*/120).bool(message.fastPublish);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified JoinResponse message, length delimited. Does not implicitly {@link livekit.JoinResponse.verify|verify} messages.
         * @function encodeDelimited
         * @memberof livekit.JoinResponse
         * @static
         * @param {livekit.JoinResponse.$Properties} message JoinResponse message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        JoinResponse.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a JoinResponse message from the specified reader or buffer.
         * @function decode
         * @memberof livekit.JoinResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {livekit.JoinResponse & livekit.JoinResponse.$Shape} JoinResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        JoinResponse.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.livekit.JoinResponse();
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
                        message.room = $root.livekit.Room.decode(reader, reader.size(), $undefined, _depth + 1, message.room);
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        message.participant = $root.livekit.ParticipantInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.participant);
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if (!(message.otherParticipants && message.otherParticipants.length))
                            message.otherParticipants = [];
                        message.otherParticipants.push($root.livekit.ParticipantInfo.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.serverVersion = value;
                        else
                            delete message.serverVersion;
                        continue;
                    }
                case 6: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.subscriberPrimary = value;
                        else
                            delete message.subscriberPrimary;
                        continue;
                    }
                case 7: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.alternativeUrl = value;
                        else
                            delete message.alternativeUrl;
                        continue;
                    }
                case 8: {
                        if (wireType !== 2)
                            break;
                        message.clientConfiguration = $root.livekit.ClientConfiguration.decode(reader, reader.size(), $undefined, _depth + 1, message.clientConfiguration);
                        continue;
                    }
                case 9: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.serverRegion = value;
                        else
                            delete message.serverRegion;
                        continue;
                    }
                case 10: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.pingTimeout = value;
                        else
                            delete message.pingTimeout;
                        continue;
                    }
                case 11: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.pingInterval = value;
                        else
                            delete message.pingInterval;
                        continue;
                    }
                case 12: {
                        if (wireType !== 2)
                            break;
                        message.serverInfo = $root.livekit.ServerInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.serverInfo);
                        continue;
                    }
                case 13: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.sifTrailer = value;
                        else
                            delete message.sifTrailer;
                        continue;
                    }
                case 15: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.fastPublish = value;
                        else
                            delete message.fastPublish;
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

        /**
         * Decodes a JoinResponse message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof livekit.JoinResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {livekit.JoinResponse & livekit.JoinResponse.$Shape} JoinResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        JoinResponse.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a JoinResponse message.
         * @function verify
         * @memberof livekit.JoinResponse
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        JoinResponse.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.room != null && $Object.hasOwnProperty.call(message, "room")) {
                let error = $root.livekit.Room.verify(message.room, _depth + 1);
                if (error)
                    return "room." + error;
            }
            if (message.participant != null && $Object.hasOwnProperty.call(message, "participant")) {
                let error = $root.livekit.ParticipantInfo.verify(message.participant, _depth + 1);
                if (error)
                    return "participant." + error;
            }
            if (message.otherParticipants != null && $Object.hasOwnProperty.call(message, "otherParticipants")) {
                if (!$Array.isArray(message.otherParticipants))
                    return "otherParticipants: array expected";
                for (let i = 0; i < message.otherParticipants.length; ++i) {
                    let error = $root.livekit.ParticipantInfo.verify(message.otherParticipants[i], _depth + 1);
                    if (error)
                        return "otherParticipants." + error;
                }
            }
            if (message.serverVersion != null && $Object.hasOwnProperty.call(message, "serverVersion"))
                if (!$util.isString(message.serverVersion))
                    return "serverVersion: string expected";
            if (message.subscriberPrimary != null && $Object.hasOwnProperty.call(message, "subscriberPrimary"))
                if (typeof message.subscriberPrimary !== "boolean")
                    return "subscriberPrimary: boolean expected";
            if (message.alternativeUrl != null && $Object.hasOwnProperty.call(message, "alternativeUrl"))
                if (!$util.isString(message.alternativeUrl))
                    return "alternativeUrl: string expected";
            if (message.clientConfiguration != null && $Object.hasOwnProperty.call(message, "clientConfiguration")) {
                let error = $root.livekit.ClientConfiguration.verify(message.clientConfiguration, _depth + 1);
                if (error)
                    return "clientConfiguration." + error;
            }
            if (message.serverRegion != null && $Object.hasOwnProperty.call(message, "serverRegion"))
                if (!$util.isString(message.serverRegion))
                    return "serverRegion: string expected";
            if (message.pingTimeout != null && $Object.hasOwnProperty.call(message, "pingTimeout"))
                if (!$util.isInteger(message.pingTimeout))
                    return "pingTimeout: integer expected";
            if (message.pingInterval != null && $Object.hasOwnProperty.call(message, "pingInterval"))
                if (!$util.isInteger(message.pingInterval))
                    return "pingInterval: integer expected";
            if (message.serverInfo != null && $Object.hasOwnProperty.call(message, "serverInfo")) {
                let error = $root.livekit.ServerInfo.verify(message.serverInfo, _depth + 1);
                if (error)
                    return "serverInfo." + error;
            }
            if (message.sifTrailer != null && $Object.hasOwnProperty.call(message, "sifTrailer"))
                if (!(message.sifTrailer && typeof message.sifTrailer.length === "number" || $util.isString(message.sifTrailer)))
                    return "sifTrailer: buffer expected";
            if (message.fastPublish != null && $Object.hasOwnProperty.call(message, "fastPublish"))
                if (typeof message.fastPublish !== "boolean")
                    return "fastPublish: boolean expected";
            return null;
        };

        /**
         * Creates a JoinResponse message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof livekit.JoinResponse
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {livekit.JoinResponse} JoinResponse
         */
        JoinResponse.fromObject = function (object, _depth) {
            if (object instanceof $root.livekit.JoinResponse)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".livekit.JoinResponse: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.livekit.JoinResponse();
            if (object.room != null) {
                if (!$util.isObject(object.room))
                    throw $TypeError(".livekit.JoinResponse.room: object expected");
                message.room = $root.livekit.Room.fromObject(object.room, _depth + 1);
            }
            if (object.participant != null) {
                if (!$util.isObject(object.participant))
                    throw $TypeError(".livekit.JoinResponse.participant: object expected");
                message.participant = $root.livekit.ParticipantInfo.fromObject(object.participant, _depth + 1);
            }
            if (object.otherParticipants) {
                if (!$Array.isArray(object.otherParticipants))
                    throw $TypeError(".livekit.JoinResponse.otherParticipants: array expected");
                message.otherParticipants = $Array(object.otherParticipants.length);
                for (let i = 0; i < object.otherParticipants.length; ++i) {
                    if (!$util.isObject(object.otherParticipants[i]))
                        throw $TypeError(".livekit.JoinResponse.otherParticipants: object expected");
                    message.otherParticipants[i] = $root.livekit.ParticipantInfo.fromObject(object.otherParticipants[i], _depth + 1);
                }
            }
            if (object.serverVersion != null)
                if (typeof object.serverVersion !== "string" || object.serverVersion.length)
                    message.serverVersion = $String(object.serverVersion);
            if (object.subscriberPrimary != null)
                if (object.subscriberPrimary)
                    message.subscriberPrimary = $Boolean(object.subscriberPrimary);
            if (object.alternativeUrl != null)
                if (typeof object.alternativeUrl !== "string" || object.alternativeUrl.length)
                    message.alternativeUrl = $String(object.alternativeUrl);
            if (object.clientConfiguration != null) {
                if (!$util.isObject(object.clientConfiguration))
                    throw $TypeError(".livekit.JoinResponse.clientConfiguration: object expected");
                message.clientConfiguration = $root.livekit.ClientConfiguration.fromObject(object.clientConfiguration, _depth + 1);
            }
            if (object.serverRegion != null)
                if (typeof object.serverRegion !== "string" || object.serverRegion.length)
                    message.serverRegion = $String(object.serverRegion);
            if (object.pingTimeout != null)
                if ($Number(object.pingTimeout) !== 0)
                    message.pingTimeout = object.pingTimeout | 0;
            if (object.pingInterval != null)
                if ($Number(object.pingInterval) !== 0)
                    message.pingInterval = object.pingInterval | 0;
            if (object.serverInfo != null) {
                if (!$util.isObject(object.serverInfo))
                    throw $TypeError(".livekit.JoinResponse.serverInfo: object expected");
                message.serverInfo = $root.livekit.ServerInfo.fromObject(object.serverInfo, _depth + 1);
            }
            if (object.sifTrailer != null)
                if (object.sifTrailer.length)
                    if (typeof object.sifTrailer === "string")
                        $util.base64.decode(object.sifTrailer, message.sifTrailer = $util.newBuffer($util.base64.length(object.sifTrailer)), 0);
                    else if (object.sifTrailer.length >= 0)
                        message.sifTrailer = object.sifTrailer;
            if (object.fastPublish != null)
                if (object.fastPublish)
                    message.fastPublish = $Boolean(object.fastPublish);
            return message;
        };

        /**
         * Creates a plain object from a JoinResponse message. Also converts values to other types if specified.
         * @function toObject
         * @memberof livekit.JoinResponse
         * @static
         * @param {livekit.JoinResponse} message JoinResponse
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        JoinResponse.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
                object.otherParticipants = [];
            if (options.defaults) {
                object.room = null;
                object.participant = null;
                object.serverVersion = "";
                object.subscriberPrimary = false;
                object.alternativeUrl = "";
                object.clientConfiguration = null;
                object.serverRegion = "";
                object.pingTimeout = 0;
                object.pingInterval = 0;
                object.serverInfo = null;
                if (options.bytes === $String)
                    object.sifTrailer = "";
                else {
                    object.sifTrailer = [];
                    if (options.bytes !== $Array)
                        object.sifTrailer = $util.newBuffer(object.sifTrailer);
                }
                object.fastPublish = false;
            }
            if (message.room != null && $Object.hasOwnProperty.call(message, "room"))
                object.room = $root.livekit.Room.toObject(message.room, options, _depth + 1);
            if (message.participant != null && $Object.hasOwnProperty.call(message, "participant"))
                object.participant = $root.livekit.ParticipantInfo.toObject(message.participant, options, _depth + 1);
            if (message.otherParticipants && message.otherParticipants.length) {
                object.otherParticipants = $Array(message.otherParticipants.length);
                for (let j = 0; j < message.otherParticipants.length; ++j)
                    object.otherParticipants[j] = $root.livekit.ParticipantInfo.toObject(message.otherParticipants[j], options, _depth + 1);
            }
            if (message.serverVersion != null && $Object.hasOwnProperty.call(message, "serverVersion"))
                object.serverVersion = message.serverVersion;
            if (message.subscriberPrimary != null && $Object.hasOwnProperty.call(message, "subscriberPrimary"))
                object.subscriberPrimary = message.subscriberPrimary;
            if (message.alternativeUrl != null && $Object.hasOwnProperty.call(message, "alternativeUrl"))
                object.alternativeUrl = message.alternativeUrl;
            if (message.clientConfiguration != null && $Object.hasOwnProperty.call(message, "clientConfiguration"))
                object.clientConfiguration = $root.livekit.ClientConfiguration.toObject(message.clientConfiguration, options, _depth + 1);
            if (message.serverRegion != null && $Object.hasOwnProperty.call(message, "serverRegion"))
                object.serverRegion = message.serverRegion;
            if (message.pingTimeout != null && $Object.hasOwnProperty.call(message, "pingTimeout"))
                object.pingTimeout = message.pingTimeout;
            if (message.pingInterval != null && $Object.hasOwnProperty.call(message, "pingInterval"))
                object.pingInterval = message.pingInterval;
            if (message.serverInfo != null && $Object.hasOwnProperty.call(message, "serverInfo"))
                object.serverInfo = $root.livekit.ServerInfo.toObject(message.serverInfo, options, _depth + 1);
            if (message.sifTrailer != null && $Object.hasOwnProperty.call(message, "sifTrailer"))
                object.sifTrailer = options.bytes === $String ? $util.base64.encode(message.sifTrailer, 0, message.sifTrailer.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.sifTrailer) : message.sifTrailer;
            if (message.fastPublish != null && $Object.hasOwnProperty.call(message, "fastPublish"))
                object.fastPublish = message.fastPublish;
            return object;
        };

        /**
         * Converts this JoinResponse to JSON.
         * @function toJSON
         * @memberof livekit.JoinResponse
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        JoinResponse.prototype.toJSON = function() {
            return JoinResponse.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for JoinResponse
         * @function getTypeUrl
         * @memberof livekit.JoinResponse
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        JoinResponse.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/livekit.JoinResponse";
        };

        return JoinResponse;
    })();

    livekit.ReconnectResponse = (function() {

        /**
         * Properties of a ReconnectResponse.
         * @typedef {Object} livekit.ReconnectResponse.$Properties
         * @property {livekit.ClientConfiguration.$Properties|null} [clientConfiguration] ReconnectResponse clientConfiguration
         * @property {livekit.ServerInfo.$Properties|null} [serverInfo] ReconnectResponse serverInfo
         * @property {number|null} [lastMessageSeq] ReconnectResponse lastMessageSeq
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a ReconnectResponse.
         * @memberof livekit
         * @interface IReconnectResponse
         * @augments livekit.ReconnectResponse.$Properties
         * @deprecated Use livekit.ReconnectResponse.$Properties instead.
         */

        /**
         * Shape of a ReconnectResponse.
         * @typedef {livekit.ReconnectResponse.$Properties} livekit.ReconnectResponse.$Shape
         */

        /**
         * Constructs a new ReconnectResponse.
         * @memberof livekit
         * @classdesc Represents a ReconnectResponse.
         * @constructor
         * @param {livekit.ReconnectResponse.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const ReconnectResponse = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * ReconnectResponse clientConfiguration.
         * @member {livekit.ClientConfiguration.$Properties|null|undefined} clientConfiguration
         * @memberof livekit.ReconnectResponse
         * @instance
         */
        ReconnectResponse.prototype.clientConfiguration = null;

        /**
         * ReconnectResponse serverInfo.
         * @member {livekit.ServerInfo.$Properties|null|undefined} serverInfo
         * @memberof livekit.ReconnectResponse
         * @instance
         */
        ReconnectResponse.prototype.serverInfo = null;

        /**
         * ReconnectResponse lastMessageSeq.
         * @member {number} lastMessageSeq
         * @memberof livekit.ReconnectResponse
         * @instance
         */
        ReconnectResponse.prototype.lastMessageSeq = 0;

        /**
         * Creates a new ReconnectResponse instance using the specified properties.
         * @function create
         * @memberof livekit.ReconnectResponse
         * @static
         * @param {livekit.ReconnectResponse.$Properties=} [properties] Properties to set
         * @returns {livekit.ReconnectResponse} ReconnectResponse instance
         * @type {{
         *   (properties: livekit.ReconnectResponse.$Shape): livekit.ReconnectResponse & livekit.ReconnectResponse.$Shape;
         *   (properties?: livekit.ReconnectResponse.$Properties): livekit.ReconnectResponse;
         * }}
         */
        ReconnectResponse.create = function(properties) {
            return new ReconnectResponse(properties);
        };

        /**
         * Encodes the specified ReconnectResponse message. Does not implicitly {@link livekit.ReconnectResponse.verify|verify} messages.
         * @function encode
         * @memberof livekit.ReconnectResponse
         * @static
         * @param {livekit.ReconnectResponse.$Properties} message ReconnectResponse message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ReconnectResponse.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.clientConfiguration != null && $Object.hasOwnProperty.call(message, "clientConfiguration"))
                $root.livekit.ClientConfiguration.encode(message.clientConfiguration, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
            if (message.serverInfo != null && $Object.hasOwnProperty.call(message, "serverInfo"))
                $root.livekit.ServerInfo.encode(message.serverInfo, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
            if (message.lastMessageSeq != null && $Object.hasOwnProperty.call(message, "lastMessageSeq") && message.lastMessageSeq !== 0)
                writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.lastMessageSeq);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified ReconnectResponse message, length delimited. Does not implicitly {@link livekit.ReconnectResponse.verify|verify} messages.
         * @function encodeDelimited
         * @memberof livekit.ReconnectResponse
         * @static
         * @param {livekit.ReconnectResponse.$Properties} message ReconnectResponse message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ReconnectResponse.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a ReconnectResponse message from the specified reader or buffer.
         * @function decode
         * @memberof livekit.ReconnectResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {livekit.ReconnectResponse & livekit.ReconnectResponse.$Shape} ReconnectResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ReconnectResponse.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.livekit.ReconnectResponse();
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
                        message.clientConfiguration = $root.livekit.ClientConfiguration.decode(reader, reader.size(), $undefined, _depth + 1, message.clientConfiguration);
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        message.serverInfo = $root.livekit.ServerInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.serverInfo);
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.lastMessageSeq = value;
                        else
                            delete message.lastMessageSeq;
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

        /**
         * Decodes a ReconnectResponse message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof livekit.ReconnectResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {livekit.ReconnectResponse & livekit.ReconnectResponse.$Shape} ReconnectResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ReconnectResponse.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a ReconnectResponse message.
         * @function verify
         * @memberof livekit.ReconnectResponse
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        ReconnectResponse.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.clientConfiguration != null && $Object.hasOwnProperty.call(message, "clientConfiguration")) {
                let error = $root.livekit.ClientConfiguration.verify(message.clientConfiguration, _depth + 1);
                if (error)
                    return "clientConfiguration." + error;
            }
            if (message.serverInfo != null && $Object.hasOwnProperty.call(message, "serverInfo")) {
                let error = $root.livekit.ServerInfo.verify(message.serverInfo, _depth + 1);
                if (error)
                    return "serverInfo." + error;
            }
            if (message.lastMessageSeq != null && $Object.hasOwnProperty.call(message, "lastMessageSeq"))
                if (!$util.isInteger(message.lastMessageSeq))
                    return "lastMessageSeq: integer expected";
            return null;
        };

        /**
         * Creates a ReconnectResponse message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof livekit.ReconnectResponse
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {livekit.ReconnectResponse} ReconnectResponse
         */
        ReconnectResponse.fromObject = function (object, _depth) {
            if (object instanceof $root.livekit.ReconnectResponse)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".livekit.ReconnectResponse: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.livekit.ReconnectResponse();
            if (object.clientConfiguration != null) {
                if (!$util.isObject(object.clientConfiguration))
                    throw $TypeError(".livekit.ReconnectResponse.clientConfiguration: object expected");
                message.clientConfiguration = $root.livekit.ClientConfiguration.fromObject(object.clientConfiguration, _depth + 1);
            }
            if (object.serverInfo != null) {
                if (!$util.isObject(object.serverInfo))
                    throw $TypeError(".livekit.ReconnectResponse.serverInfo: object expected");
                message.serverInfo = $root.livekit.ServerInfo.fromObject(object.serverInfo, _depth + 1);
            }
            if (object.lastMessageSeq != null)
                if ($Number(object.lastMessageSeq) !== 0)
                    message.lastMessageSeq = object.lastMessageSeq >>> 0;
            return message;
        };

        /**
         * Creates a plain object from a ReconnectResponse message. Also converts values to other types if specified.
         * @function toObject
         * @memberof livekit.ReconnectResponse
         * @static
         * @param {livekit.ReconnectResponse} message ReconnectResponse
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        ReconnectResponse.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.clientConfiguration = null;
                object.serverInfo = null;
                object.lastMessageSeq = 0;
            }
            if (message.clientConfiguration != null && $Object.hasOwnProperty.call(message, "clientConfiguration"))
                object.clientConfiguration = $root.livekit.ClientConfiguration.toObject(message.clientConfiguration, options, _depth + 1);
            if (message.serverInfo != null && $Object.hasOwnProperty.call(message, "serverInfo"))
                object.serverInfo = $root.livekit.ServerInfo.toObject(message.serverInfo, options, _depth + 1);
            if (message.lastMessageSeq != null && $Object.hasOwnProperty.call(message, "lastMessageSeq"))
                object.lastMessageSeq = message.lastMessageSeq;
            return object;
        };

        /**
         * Converts this ReconnectResponse to JSON.
         * @function toJSON
         * @memberof livekit.ReconnectResponse
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        ReconnectResponse.prototype.toJSON = function() {
            return ReconnectResponse.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for ReconnectResponse
         * @function getTypeUrl
         * @memberof livekit.ReconnectResponse
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        ReconnectResponse.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/livekit.ReconnectResponse";
        };

        return ReconnectResponse;
    })();

    livekit.RequestResponse = (function() {

        /**
         * Properties of a RequestResponse.
         * @typedef {Object} livekit.RequestResponse.$Properties
         * @property {number|null} [requestId] RequestResponse requestId
         * @property {livekit.RequestResponse.Reason|null} [reason] RequestResponse reason
         * @property {string|null} [message] RequestResponse message
         * @property {livekit.TrickleRequest.$Properties|null} [trickle] RequestResponse trickle
         * @property {livekit.PublishDataTrackRequest.$Properties|null} [publishDataTrack] RequestResponse publishDataTrack
         * @property {livekit.UnpublishDataTrackRequest.$Properties|null} [unpublishDataTrack] RequestResponse unpublishDataTrack
         * @property {"trickle"|"publishDataTrack"|"unpublishDataTrack"} [request] RequestResponse request
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a RequestResponse.
         * @memberof livekit
         * @interface IRequestResponse
         * @augments livekit.RequestResponse.$Properties
         * @deprecated Use livekit.RequestResponse.$Properties instead.
         */

        /**
         * Narrowed shape of a RequestResponse.
         * @typedef {{
         *   requestId?: number|null;
         *   reason?: livekit.RequestResponse.Reason|null;
         *   message?: string|null;
         *   trickle?: livekit.TrickleRequest.$Shape|null;
         *   publishDataTrack?: livekit.PublishDataTrackRequest.$Shape|null;
         *   unpublishDataTrack?: livekit.UnpublishDataTrackRequest.$Shape|null;
         *   $unknowns?: Array.<Uint8Array>;
         * } & (
         *   ({ request?: undefined; trickle?: null; publishDataTrack?: null; unpublishDataTrack?: null }|{ request?: "trickle"; trickle: livekit.TrickleRequest.$Shape; publishDataTrack?: null; unpublishDataTrack?: null }|{ request?: "publishDataTrack"; trickle?: null; publishDataTrack: livekit.PublishDataTrackRequest.$Shape; unpublishDataTrack?: null }|{ request?: "unpublishDataTrack"; trickle?: null; publishDataTrack?: null; unpublishDataTrack: livekit.UnpublishDataTrackRequest.$Shape })
         * )} livekit.RequestResponse.$Shape
         */

        /**
         * Constructs a new RequestResponse.
         * @memberof livekit
         * @classdesc Represents a RequestResponse.
         * @constructor
         * @param {livekit.RequestResponse.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const RequestResponse = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * RequestResponse requestId.
         * @member {number} requestId
         * @memberof livekit.RequestResponse
         * @instance
         */
        RequestResponse.prototype.requestId = 0;

        /**
         * RequestResponse reason.
         * @member {livekit.RequestResponse.Reason} reason
         * @memberof livekit.RequestResponse
         * @instance
         */
        RequestResponse.prototype.reason = 0;

        /**
         * RequestResponse message.
         * @member {string} message
         * @memberof livekit.RequestResponse
         * @instance
         */
        RequestResponse.prototype.message = "";

        /**
         * RequestResponse trickle.
         * @member {livekit.TrickleRequest.$Properties|null|undefined} trickle
         * @memberof livekit.RequestResponse
         * @instance
         */
        RequestResponse.prototype.trickle = null;

        /**
         * RequestResponse publishDataTrack.
         * @member {livekit.PublishDataTrackRequest.$Properties|null|undefined} publishDataTrack
         * @memberof livekit.RequestResponse
         * @instance
         */
        RequestResponse.prototype.publishDataTrack = null;

        /**
         * RequestResponse unpublishDataTrack.
         * @member {livekit.UnpublishDataTrackRequest.$Properties|null|undefined} unpublishDataTrack
         * @memberof livekit.RequestResponse
         * @instance
         */
        RequestResponse.prototype.unpublishDataTrack = null;

        // OneOf field names bound to virtual getters and setters
        let $oneOfFields;

        /**
         * RequestResponse request.
         * @member {"trickle"|"publishDataTrack"|"unpublishDataTrack"|undefined} request
         * @memberof livekit.RequestResponse
         * @instance
         */
        $Object.defineProperty(RequestResponse.prototype, "request", {
            get: $util.oneOfGetter($oneOfFields = ["trickle", "publishDataTrack", "unpublishDataTrack"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        /**
         * Creates a new RequestResponse instance using the specified properties.
         * @function create
         * @memberof livekit.RequestResponse
         * @static
         * @param {livekit.RequestResponse.$Properties=} [properties] Properties to set
         * @returns {livekit.RequestResponse} RequestResponse instance
         * @type {{
         *   (properties: livekit.RequestResponse.$Shape): livekit.RequestResponse & livekit.RequestResponse.$Shape;
         *   (properties?: livekit.RequestResponse.$Properties): livekit.RequestResponse;
         * }}
         */
        RequestResponse.create = function(properties) {
            return new RequestResponse(properties);
        };

        /**
         * Encodes the specified RequestResponse message. Does not implicitly {@link livekit.RequestResponse.verify|verify} messages.
         * @function encode
         * @memberof livekit.RequestResponse
         * @static
         * @param {livekit.RequestResponse.$Properties} message RequestResponse message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        RequestResponse.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId") && message.requestId !== 0)
                writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.requestId);
            if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== 0)
                writer.uint32(/* id 2, wireType 0 =*/16).int32(message.reason);
            if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.message);
            if (message.trickle != null && $Object.hasOwnProperty.call(message, "trickle"))
                $root.livekit.TrickleRequest.encode(message.trickle, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
            if (message.publishDataTrack != null && $Object.hasOwnProperty.call(message, "publishDataTrack"))
                $root.livekit.PublishDataTrackRequest.encode(message.publishDataTrack, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
            if (message.unpublishDataTrack != null && $Object.hasOwnProperty.call(message, "unpublishDataTrack"))
                $root.livekit.UnpublishDataTrackRequest.encode(message.unpublishDataTrack, writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified RequestResponse message, length delimited. Does not implicitly {@link livekit.RequestResponse.verify|verify} messages.
         * @function encodeDelimited
         * @memberof livekit.RequestResponse
         * @static
         * @param {livekit.RequestResponse.$Properties} message RequestResponse message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        RequestResponse.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a RequestResponse message from the specified reader or buffer.
         * @function decode
         * @memberof livekit.RequestResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {livekit.RequestResponse & livekit.RequestResponse.$Shape} RequestResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        RequestResponse.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.livekit.RequestResponse();
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
                        if (value = reader.uint32())
                            message.requestId = value;
                        else
                            delete message.requestId;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.reason = value;
                        else
                            delete message.reason;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.message = value;
                        else
                            delete message.message;
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        message.trickle = $root.livekit.TrickleRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.trickle);
                        message.request = "trickle";
                        continue;
                    }
                case 10: {
                        if (wireType !== 2)
                            break;
                        message.publishDataTrack = $root.livekit.PublishDataTrackRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.publishDataTrack);
                        message.request = "publishDataTrack";
                        continue;
                    }
                case 11: {
                        if (wireType !== 2)
                            break;
                        message.unpublishDataTrack = $root.livekit.UnpublishDataTrackRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.unpublishDataTrack);
                        message.request = "unpublishDataTrack";
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

        /**
         * Decodes a RequestResponse message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof livekit.RequestResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {livekit.RequestResponse & livekit.RequestResponse.$Shape} RequestResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        RequestResponse.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a RequestResponse message.
         * @function verify
         * @memberof livekit.RequestResponse
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        RequestResponse.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            let properties = {};
            if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId"))
                if (!$util.isInteger(message.requestId))
                    return "requestId: integer expected";
            if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                if (typeof message.reason !== "number" || (message.reason | 0) !== message.reason)
                    return "reason: enum value expected";
            if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                if (!$util.isString(message.message))
                    return "message: string expected";
            if (message.trickle != null && $Object.hasOwnProperty.call(message, "trickle")) {
                properties.request = 1;
                {
                    let error = $root.livekit.TrickleRequest.verify(message.trickle, _depth + 1);
                    if (error)
                        return "trickle." + error;
                }
            }
            if (message.publishDataTrack != null && $Object.hasOwnProperty.call(message, "publishDataTrack")) {
                if (properties.request === 1)
                    return "request: multiple values";
                properties.request = 1;
                {
                    let error = $root.livekit.PublishDataTrackRequest.verify(message.publishDataTrack, _depth + 1);
                    if (error)
                        return "publishDataTrack." + error;
                }
            }
            if (message.unpublishDataTrack != null && $Object.hasOwnProperty.call(message, "unpublishDataTrack")) {
                if (properties.request === 1)
                    return "request: multiple values";
                properties.request = 1;
                {
                    let error = $root.livekit.UnpublishDataTrackRequest.verify(message.unpublishDataTrack, _depth + 1);
                    if (error)
                        return "unpublishDataTrack." + error;
                }
            }
            return null;
        };

        /**
         * Creates a RequestResponse message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof livekit.RequestResponse
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {livekit.RequestResponse} RequestResponse
         */
        RequestResponse.fromObject = function (object, _depth) {
            if (object instanceof $root.livekit.RequestResponse)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".livekit.RequestResponse: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.livekit.RequestResponse();
            if (object.requestId != null)
                if ($Number(object.requestId) !== 0)
                    message.requestId = object.requestId >>> 0;
            if (object.reason !== 0 && (typeof object.reason !== "string" || $root.livekit.RequestResponse.Reason[object.reason] !== 0))
                switch (object.reason) {
                case "OK":
                case 0:
                    message.reason = 0;
                    break;
                case "NOT_FOUND":
                case 1:
                    message.reason = 1;
                    break;
                case "NOT_ALLOWED":
                case 2:
                    message.reason = 2;
                    break;
                case "LIMIT_EXCEEDED":
                case 3:
                    message.reason = 3;
                    break;
                case "QUEUED":
                case 4:
                    message.reason = 4;
                    break;
                case "UNSUPPORTED_TYPE":
                case 5:
                    message.reason = 5;
                    break;
                case "UNCLASSIFIED_ERROR":
                case 6:
                    message.reason = 6;
                    break;
                case "INVALID_HANDLE":
                case 7:
                    message.reason = 7;
                    break;
                case "INVALID_NAME":
                case 8:
                    message.reason = 8;
                    break;
                case "DUPLICATE_HANDLE":
                case 9:
                    message.reason = 9;
                    break;
                case "DUPLICATE_NAME":
                case 10:
                    message.reason = 10;
                    break;
                case "INVALID_REQUEST":
                case 11:
                    message.reason = 11;
                    break;
                default:
                    if (typeof object.reason === "number" && (object.reason | 0) === object.reason)
                        message.reason = object.reason;
                }
            if (object.message != null)
                if (typeof object.message !== "string" || object.message.length)
                    message.message = $String(object.message);
            if (object.trickle != null) {
                if (!$util.isObject(object.trickle))
                    throw $TypeError(".livekit.RequestResponse.trickle: object expected");
                message.trickle = $root.livekit.TrickleRequest.fromObject(object.trickle, _depth + 1);
            }
            if (object.publishDataTrack != null) {
                if (!$util.isObject(object.publishDataTrack))
                    throw $TypeError(".livekit.RequestResponse.publishDataTrack: object expected");
                message.publishDataTrack = $root.livekit.PublishDataTrackRequest.fromObject(object.publishDataTrack, _depth + 1);
            }
            if (object.unpublishDataTrack != null) {
                if (!$util.isObject(object.unpublishDataTrack))
                    throw $TypeError(".livekit.RequestResponse.unpublishDataTrack: object expected");
                message.unpublishDataTrack = $root.livekit.UnpublishDataTrackRequest.fromObject(object.unpublishDataTrack, _depth + 1);
            }
            return message;
        };

        /**
         * Creates a plain object from a RequestResponse message. Also converts values to other types if specified.
         * @function toObject
         * @memberof livekit.RequestResponse
         * @static
         * @param {livekit.RequestResponse} message RequestResponse
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        RequestResponse.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.requestId = 0;
                object.reason = options.enums === $String ? "OK" : 0;
                object.message = "";
            }
            if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId"))
                object.requestId = message.requestId;
            if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                object.reason = options.enums === $String ? $root.livekit.RequestResponse.Reason[message.reason] === $undefined ? message.reason : $root.livekit.RequestResponse.Reason[message.reason] : message.reason;
            if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                object.message = message.message;
            if (message.trickle != null && $Object.hasOwnProperty.call(message, "trickle")) {
                object.trickle = $root.livekit.TrickleRequest.toObject(message.trickle, options, _depth + 1);
                if (options.oneofs)
                    object.request = "trickle";
            }
            if (message.publishDataTrack != null && $Object.hasOwnProperty.call(message, "publishDataTrack")) {
                object.publishDataTrack = $root.livekit.PublishDataTrackRequest.toObject(message.publishDataTrack, options, _depth + 1);
                if (options.oneofs)
                    object.request = "publishDataTrack";
            }
            if (message.unpublishDataTrack != null && $Object.hasOwnProperty.call(message, "unpublishDataTrack")) {
                object.unpublishDataTrack = $root.livekit.UnpublishDataTrackRequest.toObject(message.unpublishDataTrack, options, _depth + 1);
                if (options.oneofs)
                    object.request = "unpublishDataTrack";
            }
            return object;
        };

        /**
         * Converts this RequestResponse to JSON.
         * @function toJSON
         * @memberof livekit.RequestResponse
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        RequestResponse.prototype.toJSON = function() {
            return RequestResponse.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for RequestResponse
         * @function getTypeUrl
         * @memberof livekit.RequestResponse
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        RequestResponse.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/livekit.RequestResponse";
        };

        /**
         * Reason enum.
         * @name livekit.RequestResponse.Reason
         * @enum {number}
         * @property {number} OK=0 OK value
         * @property {number} NOT_FOUND=1 NOT_FOUND value
         * @property {number} NOT_ALLOWED=2 NOT_ALLOWED value
         * @property {number} LIMIT_EXCEEDED=3 LIMIT_EXCEEDED value
         * @property {number} QUEUED=4 QUEUED value
         * @property {number} UNSUPPORTED_TYPE=5 UNSUPPORTED_TYPE value
         * @property {number} UNCLASSIFIED_ERROR=6 UNCLASSIFIED_ERROR value
         * @property {number} INVALID_HANDLE=7 INVALID_HANDLE value
         * @property {number} INVALID_NAME=8 INVALID_NAME value
         * @property {number} DUPLICATE_HANDLE=9 DUPLICATE_HANDLE value
         * @property {number} DUPLICATE_NAME=10 DUPLICATE_NAME value
         * @property {number} INVALID_REQUEST=11 INVALID_REQUEST value
         */
        RequestResponse.Reason = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "OK"] = 0;
            values[valuesById[1] = "NOT_FOUND"] = 1;
            values[valuesById[2] = "NOT_ALLOWED"] = 2;
            values[valuesById[3] = "LIMIT_EXCEEDED"] = 3;
            values[valuesById[4] = "QUEUED"] = 4;
            values[valuesById[5] = "UNSUPPORTED_TYPE"] = 5;
            values[valuesById[6] = "UNCLASSIFIED_ERROR"] = 6;
            values[valuesById[7] = "INVALID_HANDLE"] = 7;
            values[valuesById[8] = "INVALID_NAME"] = 8;
            values[valuesById[9] = "DUPLICATE_HANDLE"] = 9;
            values[valuesById[10] = "DUPLICATE_NAME"] = 10;
            values[valuesById[11] = "INVALID_REQUEST"] = 11;
            return values;
        })();

        return RequestResponse;
    })();

    livekit.PublishDataTrackRequest = (function() {

        /**
         * Properties of a PublishDataTrackRequest.
         * @typedef {Object} livekit.PublishDataTrackRequest.$Properties
         * @property {number|null} [pubHandle] PublishDataTrackRequest pubHandle
         * @property {string|null} [name] PublishDataTrackRequest name
         * @property {livekit.Encryption.Type|null} [encryption] PublishDataTrackRequest encryption
         * @property {livekit.DataTrackFrameEncoding.$Properties|null} [frameEncoding] PublishDataTrackRequest frameEncoding
         * @property {livekit.DataTrackSchemaId.$Properties|null} [schema] PublishDataTrackRequest schema
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a PublishDataTrackRequest.
         * @memberof livekit
         * @interface IPublishDataTrackRequest
         * @augments livekit.PublishDataTrackRequest.$Properties
         * @deprecated Use livekit.PublishDataTrackRequest.$Properties instead.
         */

        /**
         * Shape of a PublishDataTrackRequest.
         * @typedef {{
         *   pubHandle?: number|null;
         *   name?: string|null;
         *   encryption?: livekit.Encryption.Type|null;
         *   frameEncoding?: livekit.DataTrackFrameEncoding.$Shape|null;
         *   schema?: livekit.DataTrackSchemaId.$Shape|null;
         *   $unknowns?: Array.<Uint8Array>;
         * }} livekit.PublishDataTrackRequest.$Shape
         */

        /**
         * Constructs a new PublishDataTrackRequest.
         * @memberof livekit
         * @classdesc Represents a PublishDataTrackRequest.
         * @constructor
         * @param {livekit.PublishDataTrackRequest.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const PublishDataTrackRequest = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * PublishDataTrackRequest pubHandle.
         * @member {number} pubHandle
         * @memberof livekit.PublishDataTrackRequest
         * @instance
         */
        PublishDataTrackRequest.prototype.pubHandle = 0;

        /**
         * PublishDataTrackRequest name.
         * @member {string} name
         * @memberof livekit.PublishDataTrackRequest
         * @instance
         */
        PublishDataTrackRequest.prototype.name = "";

        /**
         * PublishDataTrackRequest encryption.
         * @member {livekit.Encryption.Type} encryption
         * @memberof livekit.PublishDataTrackRequest
         * @instance
         */
        PublishDataTrackRequest.prototype.encryption = 0;

        /**
         * PublishDataTrackRequest frameEncoding.
         * @member {livekit.DataTrackFrameEncoding.$Properties|null|undefined} frameEncoding
         * @memberof livekit.PublishDataTrackRequest
         * @instance
         */
        PublishDataTrackRequest.prototype.frameEncoding = null;

        /**
         * PublishDataTrackRequest schema.
         * @member {livekit.DataTrackSchemaId.$Properties|null|undefined} schema
         * @memberof livekit.PublishDataTrackRequest
         * @instance
         */
        PublishDataTrackRequest.prototype.schema = null;

        // OneOf field names bound to virtual getters and setters
        let $oneOfFields;

        // Virtual OneOf for proto3 optional field
        $Object.defineProperty(PublishDataTrackRequest.prototype, "_frameEncoding", {
            get: $util.oneOfGetter($oneOfFields = ["frameEncoding"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        // Virtual OneOf for proto3 optional field
        $Object.defineProperty(PublishDataTrackRequest.prototype, "_schema", {
            get: $util.oneOfGetter($oneOfFields = ["schema"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        /**
         * Creates a new PublishDataTrackRequest instance using the specified properties.
         * @function create
         * @memberof livekit.PublishDataTrackRequest
         * @static
         * @param {livekit.PublishDataTrackRequest.$Properties=} [properties] Properties to set
         * @returns {livekit.PublishDataTrackRequest} PublishDataTrackRequest instance
         * @type {{
         *   (properties: livekit.PublishDataTrackRequest.$Shape): livekit.PublishDataTrackRequest & livekit.PublishDataTrackRequest.$Shape;
         *   (properties?: livekit.PublishDataTrackRequest.$Properties): livekit.PublishDataTrackRequest;
         * }}
         */
        PublishDataTrackRequest.create = function(properties) {
            return new PublishDataTrackRequest(properties);
        };

        /**
         * Encodes the specified PublishDataTrackRequest message. Does not implicitly {@link livekit.PublishDataTrackRequest.verify|verify} messages.
         * @function encode
         * @memberof livekit.PublishDataTrackRequest
         * @static
         * @param {livekit.PublishDataTrackRequest.$Properties} message PublishDataTrackRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PublishDataTrackRequest.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.pubHandle != null && $Object.hasOwnProperty.call(message, "pubHandle") && message.pubHandle !== 0)
                writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.pubHandle);
            if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.name);
            if (message.encryption != null && $Object.hasOwnProperty.call(message, "encryption") && message.encryption !== 0)
                writer.uint32(/* id 3, wireType 0 =*/24).int32(message.encryption);
            if (message.frameEncoding != null && $Object.hasOwnProperty.call(message, "frameEncoding"))
                $root.livekit.DataTrackFrameEncoding.encode(message.frameEncoding, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
            if (message.schema != null && $Object.hasOwnProperty.call(message, "schema"))
                $root.livekit.DataTrackSchemaId.encode(message.schema, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified PublishDataTrackRequest message, length delimited. Does not implicitly {@link livekit.PublishDataTrackRequest.verify|verify} messages.
         * @function encodeDelimited
         * @memberof livekit.PublishDataTrackRequest
         * @static
         * @param {livekit.PublishDataTrackRequest.$Properties} message PublishDataTrackRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PublishDataTrackRequest.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a PublishDataTrackRequest message from the specified reader or buffer.
         * @function decode
         * @memberof livekit.PublishDataTrackRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {livekit.PublishDataTrackRequest & livekit.PublishDataTrackRequest.$Shape} PublishDataTrackRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PublishDataTrackRequest.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.livekit.PublishDataTrackRequest();
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
                        if (value = reader.uint32())
                            message.pubHandle = value;
                        else
                            delete message.pubHandle;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.name = value;
                        else
                            delete message.name;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.encryption = value;
                        else
                            delete message.encryption;
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        message.frameEncoding = $root.livekit.DataTrackFrameEncoding.decode(reader, reader.size(), $undefined, _depth + 1, message.frameEncoding);
                        message._frameEncoding = "frameEncoding";
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        message.schema = $root.livekit.DataTrackSchemaId.decode(reader, reader.size(), $undefined, _depth + 1, message.schema);
                        message._schema = "schema";
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

        /**
         * Decodes a PublishDataTrackRequest message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof livekit.PublishDataTrackRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {livekit.PublishDataTrackRequest & livekit.PublishDataTrackRequest.$Shape} PublishDataTrackRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PublishDataTrackRequest.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a PublishDataTrackRequest message.
         * @function verify
         * @memberof livekit.PublishDataTrackRequest
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        PublishDataTrackRequest.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            let properties = {};
            if (message.pubHandle != null && $Object.hasOwnProperty.call(message, "pubHandle"))
                if (!$util.isInteger(message.pubHandle))
                    return "pubHandle: integer expected";
            if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                if (!$util.isString(message.name))
                    return "name: string expected";
            if (message.encryption != null && $Object.hasOwnProperty.call(message, "encryption"))
                if (typeof message.encryption !== "number" || (message.encryption | 0) !== message.encryption)
                    return "encryption: enum value expected";
            if (message.frameEncoding != null && $Object.hasOwnProperty.call(message, "frameEncoding")) {
                properties._frameEncoding = 1;
                {
                    let error = $root.livekit.DataTrackFrameEncoding.verify(message.frameEncoding, _depth + 1);
                    if (error)
                        return "frameEncoding." + error;
                }
            }
            if (message.schema != null && $Object.hasOwnProperty.call(message, "schema")) {
                properties._schema = 1;
                {
                    let error = $root.livekit.DataTrackSchemaId.verify(message.schema, _depth + 1);
                    if (error)
                        return "schema." + error;
                }
            }
            return null;
        };

        /**
         * Creates a PublishDataTrackRequest message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof livekit.PublishDataTrackRequest
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {livekit.PublishDataTrackRequest} PublishDataTrackRequest
         */
        PublishDataTrackRequest.fromObject = function (object, _depth) {
            if (object instanceof $root.livekit.PublishDataTrackRequest)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".livekit.PublishDataTrackRequest: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.livekit.PublishDataTrackRequest();
            if (object.pubHandle != null)
                if ($Number(object.pubHandle) !== 0)
                    message.pubHandle = object.pubHandle >>> 0;
            if (object.name != null)
                if (typeof object.name !== "string" || object.name.length)
                    message.name = $String(object.name);
            if (object.encryption !== 0 && (typeof object.encryption !== "string" || $root.livekit.Encryption.Type[object.encryption] !== 0))
                switch (object.encryption) {
                case "NONE":
                case 0:
                    message.encryption = 0;
                    break;
                case "GCM":
                case 1:
                    message.encryption = 1;
                    break;
                case "CUSTOM":
                case 2:
                    message.encryption = 2;
                    break;
                default:
                    if (typeof object.encryption === "number" && (object.encryption | 0) === object.encryption)
                        message.encryption = object.encryption;
                }
            if (object.frameEncoding != null) {
                if (!$util.isObject(object.frameEncoding))
                    throw $TypeError(".livekit.PublishDataTrackRequest.frameEncoding: object expected");
                message.frameEncoding = $root.livekit.DataTrackFrameEncoding.fromObject(object.frameEncoding, _depth + 1);
            }
            if (object.schema != null) {
                if (!$util.isObject(object.schema))
                    throw $TypeError(".livekit.PublishDataTrackRequest.schema: object expected");
                message.schema = $root.livekit.DataTrackSchemaId.fromObject(object.schema, _depth + 1);
            }
            return message;
        };

        /**
         * Creates a plain object from a PublishDataTrackRequest message. Also converts values to other types if specified.
         * @function toObject
         * @memberof livekit.PublishDataTrackRequest
         * @static
         * @param {livekit.PublishDataTrackRequest} message PublishDataTrackRequest
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        PublishDataTrackRequest.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.pubHandle = 0;
                object.name = "";
                object.encryption = options.enums === $String ? "NONE" : 0;
            }
            if (message.pubHandle != null && $Object.hasOwnProperty.call(message, "pubHandle"))
                object.pubHandle = message.pubHandle;
            if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                object.name = message.name;
            if (message.encryption != null && $Object.hasOwnProperty.call(message, "encryption"))
                object.encryption = options.enums === $String ? $root.livekit.Encryption.Type[message.encryption] === $undefined ? message.encryption : $root.livekit.Encryption.Type[message.encryption] : message.encryption;
            if (message.frameEncoding != null && $Object.hasOwnProperty.call(message, "frameEncoding"))
                object.frameEncoding = $root.livekit.DataTrackFrameEncoding.toObject(message.frameEncoding, options, _depth + 1);
            if (message.schema != null && $Object.hasOwnProperty.call(message, "schema"))
                object.schema = $root.livekit.DataTrackSchemaId.toObject(message.schema, options, _depth + 1);
            return object;
        };

        /**
         * Converts this PublishDataTrackRequest to JSON.
         * @function toJSON
         * @memberof livekit.PublishDataTrackRequest
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        PublishDataTrackRequest.prototype.toJSON = function() {
            return PublishDataTrackRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for PublishDataTrackRequest
         * @function getTypeUrl
         * @memberof livekit.PublishDataTrackRequest
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        PublishDataTrackRequest.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/livekit.PublishDataTrackRequest";
        };

        return PublishDataTrackRequest;
    })();

    livekit.PublishDataTrackResponse = (function() {

        /**
         * Properties of a PublishDataTrackResponse.
         * @typedef {Object} livekit.PublishDataTrackResponse.$Properties
         * @property {livekit.DataTrackInfo.$Properties|null} [info] PublishDataTrackResponse info
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a PublishDataTrackResponse.
         * @memberof livekit
         * @interface IPublishDataTrackResponse
         * @augments livekit.PublishDataTrackResponse.$Properties
         * @deprecated Use livekit.PublishDataTrackResponse.$Properties instead.
         */

        /**
         * Shape of a PublishDataTrackResponse.
         * @typedef {{
         *   info?: livekit.DataTrackInfo.$Shape|null;
         *   $unknowns?: Array.<Uint8Array>;
         * }} livekit.PublishDataTrackResponse.$Shape
         */

        /**
         * Constructs a new PublishDataTrackResponse.
         * @memberof livekit
         * @classdesc Represents a PublishDataTrackResponse.
         * @constructor
         * @param {livekit.PublishDataTrackResponse.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const PublishDataTrackResponse = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * PublishDataTrackResponse info.
         * @member {livekit.DataTrackInfo.$Properties|null|undefined} info
         * @memberof livekit.PublishDataTrackResponse
         * @instance
         */
        PublishDataTrackResponse.prototype.info = null;

        /**
         * Creates a new PublishDataTrackResponse instance using the specified properties.
         * @function create
         * @memberof livekit.PublishDataTrackResponse
         * @static
         * @param {livekit.PublishDataTrackResponse.$Properties=} [properties] Properties to set
         * @returns {livekit.PublishDataTrackResponse} PublishDataTrackResponse instance
         * @type {{
         *   (properties: livekit.PublishDataTrackResponse.$Shape): livekit.PublishDataTrackResponse & livekit.PublishDataTrackResponse.$Shape;
         *   (properties?: livekit.PublishDataTrackResponse.$Properties): livekit.PublishDataTrackResponse;
         * }}
         */
        PublishDataTrackResponse.create = function(properties) {
            return new PublishDataTrackResponse(properties);
        };

        /**
         * Encodes the specified PublishDataTrackResponse message. Does not implicitly {@link livekit.PublishDataTrackResponse.verify|verify} messages.
         * @function encode
         * @memberof livekit.PublishDataTrackResponse
         * @static
         * @param {livekit.PublishDataTrackResponse.$Properties} message PublishDataTrackResponse message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PublishDataTrackResponse.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.info != null && $Object.hasOwnProperty.call(message, "info"))
                $root.livekit.DataTrackInfo.encode(message.info, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified PublishDataTrackResponse message, length delimited. Does not implicitly {@link livekit.PublishDataTrackResponse.verify|verify} messages.
         * @function encodeDelimited
         * @memberof livekit.PublishDataTrackResponse
         * @static
         * @param {livekit.PublishDataTrackResponse.$Properties} message PublishDataTrackResponse message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PublishDataTrackResponse.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a PublishDataTrackResponse message from the specified reader or buffer.
         * @function decode
         * @memberof livekit.PublishDataTrackResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {livekit.PublishDataTrackResponse & livekit.PublishDataTrackResponse.$Shape} PublishDataTrackResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PublishDataTrackResponse.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.livekit.PublishDataTrackResponse();
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
                        message.info = $root.livekit.DataTrackInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.info);
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

        /**
         * Decodes a PublishDataTrackResponse message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof livekit.PublishDataTrackResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {livekit.PublishDataTrackResponse & livekit.PublishDataTrackResponse.$Shape} PublishDataTrackResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PublishDataTrackResponse.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a PublishDataTrackResponse message.
         * @function verify
         * @memberof livekit.PublishDataTrackResponse
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        PublishDataTrackResponse.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.info != null && $Object.hasOwnProperty.call(message, "info")) {
                let error = $root.livekit.DataTrackInfo.verify(message.info, _depth + 1);
                if (error)
                    return "info." + error;
            }
            return null;
        };

        /**
         * Creates a PublishDataTrackResponse message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof livekit.PublishDataTrackResponse
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {livekit.PublishDataTrackResponse} PublishDataTrackResponse
         */
        PublishDataTrackResponse.fromObject = function (object, _depth) {
            if (object instanceof $root.livekit.PublishDataTrackResponse)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".livekit.PublishDataTrackResponse: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.livekit.PublishDataTrackResponse();
            if (object.info != null) {
                if (!$util.isObject(object.info))
                    throw $TypeError(".livekit.PublishDataTrackResponse.info: object expected");
                message.info = $root.livekit.DataTrackInfo.fromObject(object.info, _depth + 1);
            }
            return message;
        };

        /**
         * Creates a plain object from a PublishDataTrackResponse message. Also converts values to other types if specified.
         * @function toObject
         * @memberof livekit.PublishDataTrackResponse
         * @static
         * @param {livekit.PublishDataTrackResponse} message PublishDataTrackResponse
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        PublishDataTrackResponse.toObject = function (message, options, _depth) {
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
                object.info = $root.livekit.DataTrackInfo.toObject(message.info, options, _depth + 1);
            return object;
        };

        /**
         * Converts this PublishDataTrackResponse to JSON.
         * @function toJSON
         * @memberof livekit.PublishDataTrackResponse
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        PublishDataTrackResponse.prototype.toJSON = function() {
            return PublishDataTrackResponse.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for PublishDataTrackResponse
         * @function getTypeUrl
         * @memberof livekit.PublishDataTrackResponse
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        PublishDataTrackResponse.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/livekit.PublishDataTrackResponse";
        };

        return PublishDataTrackResponse;
    })();

    livekit.UnpublishDataTrackRequest = (function() {

        /**
         * Properties of an UnpublishDataTrackRequest.
         * @typedef {Object} livekit.UnpublishDataTrackRequest.$Properties
         * @property {number|null} [pubHandle] UnpublishDataTrackRequest pubHandle
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an UnpublishDataTrackRequest.
         * @memberof livekit
         * @interface IUnpublishDataTrackRequest
         * @augments livekit.UnpublishDataTrackRequest.$Properties
         * @deprecated Use livekit.UnpublishDataTrackRequest.$Properties instead.
         */

        /**
         * Shape of an UnpublishDataTrackRequest.
         * @typedef {livekit.UnpublishDataTrackRequest.$Properties} livekit.UnpublishDataTrackRequest.$Shape
         */

        /**
         * Constructs a new UnpublishDataTrackRequest.
         * @memberof livekit
         * @classdesc Represents an UnpublishDataTrackRequest.
         * @constructor
         * @param {livekit.UnpublishDataTrackRequest.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const UnpublishDataTrackRequest = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * UnpublishDataTrackRequest pubHandle.
         * @member {number} pubHandle
         * @memberof livekit.UnpublishDataTrackRequest
         * @instance
         */
        UnpublishDataTrackRequest.prototype.pubHandle = 0;

        /**
         * Creates a new UnpublishDataTrackRequest instance using the specified properties.
         * @function create
         * @memberof livekit.UnpublishDataTrackRequest
         * @static
         * @param {livekit.UnpublishDataTrackRequest.$Properties=} [properties] Properties to set
         * @returns {livekit.UnpublishDataTrackRequest} UnpublishDataTrackRequest instance
         * @type {{
         *   (properties: livekit.UnpublishDataTrackRequest.$Shape): livekit.UnpublishDataTrackRequest & livekit.UnpublishDataTrackRequest.$Shape;
         *   (properties?: livekit.UnpublishDataTrackRequest.$Properties): livekit.UnpublishDataTrackRequest;
         * }}
         */
        UnpublishDataTrackRequest.create = function(properties) {
            return new UnpublishDataTrackRequest(properties);
        };

        /**
         * Encodes the specified UnpublishDataTrackRequest message. Does not implicitly {@link livekit.UnpublishDataTrackRequest.verify|verify} messages.
         * @function encode
         * @memberof livekit.UnpublishDataTrackRequest
         * @static
         * @param {livekit.UnpublishDataTrackRequest.$Properties} message UnpublishDataTrackRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        UnpublishDataTrackRequest.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.pubHandle != null && $Object.hasOwnProperty.call(message, "pubHandle") && message.pubHandle !== 0)
                writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.pubHandle);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified UnpublishDataTrackRequest message, length delimited. Does not implicitly {@link livekit.UnpublishDataTrackRequest.verify|verify} messages.
         * @function encodeDelimited
         * @memberof livekit.UnpublishDataTrackRequest
         * @static
         * @param {livekit.UnpublishDataTrackRequest.$Properties} message UnpublishDataTrackRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        UnpublishDataTrackRequest.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes an UnpublishDataTrackRequest message from the specified reader or buffer.
         * @function decode
         * @memberof livekit.UnpublishDataTrackRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {livekit.UnpublishDataTrackRequest & livekit.UnpublishDataTrackRequest.$Shape} UnpublishDataTrackRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        UnpublishDataTrackRequest.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.livekit.UnpublishDataTrackRequest();
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
                        if (value = reader.uint32())
                            message.pubHandle = value;
                        else
                            delete message.pubHandle;
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

        /**
         * Decodes an UnpublishDataTrackRequest message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof livekit.UnpublishDataTrackRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {livekit.UnpublishDataTrackRequest & livekit.UnpublishDataTrackRequest.$Shape} UnpublishDataTrackRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        UnpublishDataTrackRequest.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies an UnpublishDataTrackRequest message.
         * @function verify
         * @memberof livekit.UnpublishDataTrackRequest
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        UnpublishDataTrackRequest.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.pubHandle != null && $Object.hasOwnProperty.call(message, "pubHandle"))
                if (!$util.isInteger(message.pubHandle))
                    return "pubHandle: integer expected";
            return null;
        };

        /**
         * Creates an UnpublishDataTrackRequest message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof livekit.UnpublishDataTrackRequest
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {livekit.UnpublishDataTrackRequest} UnpublishDataTrackRequest
         */
        UnpublishDataTrackRequest.fromObject = function (object, _depth) {
            if (object instanceof $root.livekit.UnpublishDataTrackRequest)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".livekit.UnpublishDataTrackRequest: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.livekit.UnpublishDataTrackRequest();
            if (object.pubHandle != null)
                if ($Number(object.pubHandle) !== 0)
                    message.pubHandle = object.pubHandle >>> 0;
            return message;
        };

        /**
         * Creates a plain object from an UnpublishDataTrackRequest message. Also converts values to other types if specified.
         * @function toObject
         * @memberof livekit.UnpublishDataTrackRequest
         * @static
         * @param {livekit.UnpublishDataTrackRequest} message UnpublishDataTrackRequest
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        UnpublishDataTrackRequest.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults)
                object.pubHandle = 0;
            if (message.pubHandle != null && $Object.hasOwnProperty.call(message, "pubHandle"))
                object.pubHandle = message.pubHandle;
            return object;
        };

        /**
         * Converts this UnpublishDataTrackRequest to JSON.
         * @function toJSON
         * @memberof livekit.UnpublishDataTrackRequest
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        UnpublishDataTrackRequest.prototype.toJSON = function() {
            return UnpublishDataTrackRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for UnpublishDataTrackRequest
         * @function getTypeUrl
         * @memberof livekit.UnpublishDataTrackRequest
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        UnpublishDataTrackRequest.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/livekit.UnpublishDataTrackRequest";
        };

        return UnpublishDataTrackRequest;
    })();

    livekit.UnpublishDataTrackResponse = (function() {

        /**
         * Properties of an UnpublishDataTrackResponse.
         * @typedef {Object} livekit.UnpublishDataTrackResponse.$Properties
         * @property {livekit.DataTrackInfo.$Properties|null} [info] UnpublishDataTrackResponse info
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an UnpublishDataTrackResponse.
         * @memberof livekit
         * @interface IUnpublishDataTrackResponse
         * @augments livekit.UnpublishDataTrackResponse.$Properties
         * @deprecated Use livekit.UnpublishDataTrackResponse.$Properties instead.
         */

        /**
         * Shape of an UnpublishDataTrackResponse.
         * @typedef {{
         *   info?: livekit.DataTrackInfo.$Shape|null;
         *   $unknowns?: Array.<Uint8Array>;
         * }} livekit.UnpublishDataTrackResponse.$Shape
         */

        /**
         * Constructs a new UnpublishDataTrackResponse.
         * @memberof livekit
         * @classdesc Represents an UnpublishDataTrackResponse.
         * @constructor
         * @param {livekit.UnpublishDataTrackResponse.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const UnpublishDataTrackResponse = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * UnpublishDataTrackResponse info.
         * @member {livekit.DataTrackInfo.$Properties|null|undefined} info
         * @memberof livekit.UnpublishDataTrackResponse
         * @instance
         */
        UnpublishDataTrackResponse.prototype.info = null;

        /**
         * Creates a new UnpublishDataTrackResponse instance using the specified properties.
         * @function create
         * @memberof livekit.UnpublishDataTrackResponse
         * @static
         * @param {livekit.UnpublishDataTrackResponse.$Properties=} [properties] Properties to set
         * @returns {livekit.UnpublishDataTrackResponse} UnpublishDataTrackResponse instance
         * @type {{
         *   (properties: livekit.UnpublishDataTrackResponse.$Shape): livekit.UnpublishDataTrackResponse & livekit.UnpublishDataTrackResponse.$Shape;
         *   (properties?: livekit.UnpublishDataTrackResponse.$Properties): livekit.UnpublishDataTrackResponse;
         * }}
         */
        UnpublishDataTrackResponse.create = function(properties) {
            return new UnpublishDataTrackResponse(properties);
        };

        /**
         * Encodes the specified UnpublishDataTrackResponse message. Does not implicitly {@link livekit.UnpublishDataTrackResponse.verify|verify} messages.
         * @function encode
         * @memberof livekit.UnpublishDataTrackResponse
         * @static
         * @param {livekit.UnpublishDataTrackResponse.$Properties} message UnpublishDataTrackResponse message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        UnpublishDataTrackResponse.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.info != null && $Object.hasOwnProperty.call(message, "info"))
                $root.livekit.DataTrackInfo.encode(message.info, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified UnpublishDataTrackResponse message, length delimited. Does not implicitly {@link livekit.UnpublishDataTrackResponse.verify|verify} messages.
         * @function encodeDelimited
         * @memberof livekit.UnpublishDataTrackResponse
         * @static
         * @param {livekit.UnpublishDataTrackResponse.$Properties} message UnpublishDataTrackResponse message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        UnpublishDataTrackResponse.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes an UnpublishDataTrackResponse message from the specified reader or buffer.
         * @function decode
         * @memberof livekit.UnpublishDataTrackResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {livekit.UnpublishDataTrackResponse & livekit.UnpublishDataTrackResponse.$Shape} UnpublishDataTrackResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        UnpublishDataTrackResponse.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.livekit.UnpublishDataTrackResponse();
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
                        message.info = $root.livekit.DataTrackInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.info);
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

        /**
         * Decodes an UnpublishDataTrackResponse message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof livekit.UnpublishDataTrackResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {livekit.UnpublishDataTrackResponse & livekit.UnpublishDataTrackResponse.$Shape} UnpublishDataTrackResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        UnpublishDataTrackResponse.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies an UnpublishDataTrackResponse message.
         * @function verify
         * @memberof livekit.UnpublishDataTrackResponse
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        UnpublishDataTrackResponse.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.info != null && $Object.hasOwnProperty.call(message, "info")) {
                let error = $root.livekit.DataTrackInfo.verify(message.info, _depth + 1);
                if (error)
                    return "info." + error;
            }
            return null;
        };

        /**
         * Creates an UnpublishDataTrackResponse message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof livekit.UnpublishDataTrackResponse
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {livekit.UnpublishDataTrackResponse} UnpublishDataTrackResponse
         */
        UnpublishDataTrackResponse.fromObject = function (object, _depth) {
            if (object instanceof $root.livekit.UnpublishDataTrackResponse)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".livekit.UnpublishDataTrackResponse: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.livekit.UnpublishDataTrackResponse();
            if (object.info != null) {
                if (!$util.isObject(object.info))
                    throw $TypeError(".livekit.UnpublishDataTrackResponse.info: object expected");
                message.info = $root.livekit.DataTrackInfo.fromObject(object.info, _depth + 1);
            }
            return message;
        };

        /**
         * Creates a plain object from an UnpublishDataTrackResponse message. Also converts values to other types if specified.
         * @function toObject
         * @memberof livekit.UnpublishDataTrackResponse
         * @static
         * @param {livekit.UnpublishDataTrackResponse} message UnpublishDataTrackResponse
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        UnpublishDataTrackResponse.toObject = function (message, options, _depth) {
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
                object.info = $root.livekit.DataTrackInfo.toObject(message.info, options, _depth + 1);
            return object;
        };

        /**
         * Converts this UnpublishDataTrackResponse to JSON.
         * @function toJSON
         * @memberof livekit.UnpublishDataTrackResponse
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        UnpublishDataTrackResponse.prototype.toJSON = function() {
            return UnpublishDataTrackResponse.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for UnpublishDataTrackResponse
         * @function getTypeUrl
         * @memberof livekit.UnpublishDataTrackResponse
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        UnpublishDataTrackResponse.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/livekit.UnpublishDataTrackResponse";
        };

        return UnpublishDataTrackResponse;
    })();

    livekit.DataTrackSubscriptionOptions = (function() {

        /**
         * Properties of a DataTrackSubscriptionOptions.
         * @typedef {Object} livekit.DataTrackSubscriptionOptions.$Properties
         * @property {number|null} [targetFps] DataTrackSubscriptionOptions targetFps
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a DataTrackSubscriptionOptions.
         * @memberof livekit
         * @interface IDataTrackSubscriptionOptions
         * @augments livekit.DataTrackSubscriptionOptions.$Properties
         * @deprecated Use livekit.DataTrackSubscriptionOptions.$Properties instead.
         */

        /**
         * Shape of a DataTrackSubscriptionOptions.
         * @typedef {livekit.DataTrackSubscriptionOptions.$Properties} livekit.DataTrackSubscriptionOptions.$Shape
         */

        /**
         * Constructs a new DataTrackSubscriptionOptions.
         * @memberof livekit
         * @classdesc Represents a DataTrackSubscriptionOptions.
         * @constructor
         * @param {livekit.DataTrackSubscriptionOptions.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const DataTrackSubscriptionOptions = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * DataTrackSubscriptionOptions targetFps.
         * @member {number|null|undefined} targetFps
         * @memberof livekit.DataTrackSubscriptionOptions
         * @instance
         */
        DataTrackSubscriptionOptions.prototype.targetFps = null;

        // OneOf field names bound to virtual getters and setters
        let $oneOfFields;

        // Virtual OneOf for proto3 optional field
        $Object.defineProperty(DataTrackSubscriptionOptions.prototype, "_targetFps", {
            get: $util.oneOfGetter($oneOfFields = ["targetFps"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        /**
         * Creates a new DataTrackSubscriptionOptions instance using the specified properties.
         * @function create
         * @memberof livekit.DataTrackSubscriptionOptions
         * @static
         * @param {livekit.DataTrackSubscriptionOptions.$Properties=} [properties] Properties to set
         * @returns {livekit.DataTrackSubscriptionOptions} DataTrackSubscriptionOptions instance
         * @type {{
         *   (properties: livekit.DataTrackSubscriptionOptions.$Shape): livekit.DataTrackSubscriptionOptions & livekit.DataTrackSubscriptionOptions.$Shape;
         *   (properties?: livekit.DataTrackSubscriptionOptions.$Properties): livekit.DataTrackSubscriptionOptions;
         * }}
         */
        DataTrackSubscriptionOptions.create = function(properties) {
            return new DataTrackSubscriptionOptions(properties);
        };

        /**
         * Encodes the specified DataTrackSubscriptionOptions message. Does not implicitly {@link livekit.DataTrackSubscriptionOptions.verify|verify} messages.
         * @function encode
         * @memberof livekit.DataTrackSubscriptionOptions
         * @static
         * @param {livekit.DataTrackSubscriptionOptions.$Properties} message DataTrackSubscriptionOptions message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        DataTrackSubscriptionOptions.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.targetFps != null && $Object.hasOwnProperty.call(message, "targetFps"))
                writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.targetFps);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified DataTrackSubscriptionOptions message, length delimited. Does not implicitly {@link livekit.DataTrackSubscriptionOptions.verify|verify} messages.
         * @function encodeDelimited
         * @memberof livekit.DataTrackSubscriptionOptions
         * @static
         * @param {livekit.DataTrackSubscriptionOptions.$Properties} message DataTrackSubscriptionOptions message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        DataTrackSubscriptionOptions.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a DataTrackSubscriptionOptions message from the specified reader or buffer.
         * @function decode
         * @memberof livekit.DataTrackSubscriptionOptions
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {livekit.DataTrackSubscriptionOptions & livekit.DataTrackSubscriptionOptions.$Shape} DataTrackSubscriptionOptions
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        DataTrackSubscriptionOptions.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.livekit.DataTrackSubscriptionOptions();
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
                        message.targetFps = reader.uint32();
                        message._targetFps = "targetFps";
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

        /**
         * Decodes a DataTrackSubscriptionOptions message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof livekit.DataTrackSubscriptionOptions
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {livekit.DataTrackSubscriptionOptions & livekit.DataTrackSubscriptionOptions.$Shape} DataTrackSubscriptionOptions
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        DataTrackSubscriptionOptions.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a DataTrackSubscriptionOptions message.
         * @function verify
         * @memberof livekit.DataTrackSubscriptionOptions
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        DataTrackSubscriptionOptions.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            let properties = {};
            if (message.targetFps != null && $Object.hasOwnProperty.call(message, "targetFps")) {
                properties._targetFps = 1;
                if (!$util.isInteger(message.targetFps))
                    return "targetFps: integer expected";
            }
            return null;
        };

        /**
         * Creates a DataTrackSubscriptionOptions message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof livekit.DataTrackSubscriptionOptions
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {livekit.DataTrackSubscriptionOptions} DataTrackSubscriptionOptions
         */
        DataTrackSubscriptionOptions.fromObject = function (object, _depth) {
            if (object instanceof $root.livekit.DataTrackSubscriptionOptions)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".livekit.DataTrackSubscriptionOptions: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.livekit.DataTrackSubscriptionOptions();
            if (object.targetFps != null)
                message.targetFps = object.targetFps >>> 0;
            return message;
        };

        /**
         * Creates a plain object from a DataTrackSubscriptionOptions message. Also converts values to other types if specified.
         * @function toObject
         * @memberof livekit.DataTrackSubscriptionOptions
         * @static
         * @param {livekit.DataTrackSubscriptionOptions} message DataTrackSubscriptionOptions
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        DataTrackSubscriptionOptions.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (message.targetFps != null && $Object.hasOwnProperty.call(message, "targetFps"))
                object.targetFps = message.targetFps;
            return object;
        };

        /**
         * Converts this DataTrackSubscriptionOptions to JSON.
         * @function toJSON
         * @memberof livekit.DataTrackSubscriptionOptions
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        DataTrackSubscriptionOptions.prototype.toJSON = function() {
            return DataTrackSubscriptionOptions.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for DataTrackSubscriptionOptions
         * @function getTypeUrl
         * @memberof livekit.DataTrackSubscriptionOptions
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        DataTrackSubscriptionOptions.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/livekit.DataTrackSubscriptionOptions";
        };

        return DataTrackSubscriptionOptions;
    })();

    livekit.UpdateDataSubscription = (function() {

        /**
         * Properties of an UpdateDataSubscription.
         * @typedef {Object} livekit.UpdateDataSubscription.$Properties
         * @property {Array.<livekit.UpdateDataSubscription.Update.$Properties>|null} [updates] UpdateDataSubscription updates
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an UpdateDataSubscription.
         * @memberof livekit
         * @interface IUpdateDataSubscription
         * @augments livekit.UpdateDataSubscription.$Properties
         * @deprecated Use livekit.UpdateDataSubscription.$Properties instead.
         */

        /**
         * Shape of an UpdateDataSubscription.
         * @typedef {livekit.UpdateDataSubscription.$Properties} livekit.UpdateDataSubscription.$Shape
         */

        /**
         * Constructs a new UpdateDataSubscription.
         * @memberof livekit
         * @classdesc Represents an UpdateDataSubscription.
         * @constructor
         * @param {livekit.UpdateDataSubscription.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const UpdateDataSubscription = function (properties) {
            this.updates = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * UpdateDataSubscription updates.
         * @member {Array.<livekit.UpdateDataSubscription.Update.$Properties>} updates
         * @memberof livekit.UpdateDataSubscription
         * @instance
         */
        UpdateDataSubscription.prototype.updates = $util.emptyArray;

        /**
         * Creates a new UpdateDataSubscription instance using the specified properties.
         * @function create
         * @memberof livekit.UpdateDataSubscription
         * @static
         * @param {livekit.UpdateDataSubscription.$Properties=} [properties] Properties to set
         * @returns {livekit.UpdateDataSubscription} UpdateDataSubscription instance
         * @type {{
         *   (properties: livekit.UpdateDataSubscription.$Shape): livekit.UpdateDataSubscription & livekit.UpdateDataSubscription.$Shape;
         *   (properties?: livekit.UpdateDataSubscription.$Properties): livekit.UpdateDataSubscription;
         * }}
         */
        UpdateDataSubscription.create = function(properties) {
            return new UpdateDataSubscription(properties);
        };

        /**
         * Encodes the specified UpdateDataSubscription message. Does not implicitly {@link livekit.UpdateDataSubscription.verify|verify} messages.
         * @function encode
         * @memberof livekit.UpdateDataSubscription
         * @static
         * @param {livekit.UpdateDataSubscription.$Properties} message UpdateDataSubscription message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        UpdateDataSubscription.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.updates != null && message.updates.length)
                for (let i = 0; i < message.updates.length; ++i)
                    $root.livekit.UpdateDataSubscription.Update.encode(message.updates[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified UpdateDataSubscription message, length delimited. Does not implicitly {@link livekit.UpdateDataSubscription.verify|verify} messages.
         * @function encodeDelimited
         * @memberof livekit.UpdateDataSubscription
         * @static
         * @param {livekit.UpdateDataSubscription.$Properties} message UpdateDataSubscription message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        UpdateDataSubscription.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes an UpdateDataSubscription message from the specified reader or buffer.
         * @function decode
         * @memberof livekit.UpdateDataSubscription
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {livekit.UpdateDataSubscription & livekit.UpdateDataSubscription.$Shape} UpdateDataSubscription
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        UpdateDataSubscription.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.livekit.UpdateDataSubscription();
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
                        if (!(message.updates && message.updates.length))
                            message.updates = [];
                        message.updates.push($root.livekit.UpdateDataSubscription.Update.decode(reader, reader.size(), $undefined, _depth + 1));
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

        /**
         * Decodes an UpdateDataSubscription message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof livekit.UpdateDataSubscription
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {livekit.UpdateDataSubscription & livekit.UpdateDataSubscription.$Shape} UpdateDataSubscription
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        UpdateDataSubscription.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies an UpdateDataSubscription message.
         * @function verify
         * @memberof livekit.UpdateDataSubscription
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        UpdateDataSubscription.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.updates != null && $Object.hasOwnProperty.call(message, "updates")) {
                if (!$Array.isArray(message.updates))
                    return "updates: array expected";
                for (let i = 0; i < message.updates.length; ++i) {
                    let error = $root.livekit.UpdateDataSubscription.Update.verify(message.updates[i], _depth + 1);
                    if (error)
                        return "updates." + error;
                }
            }
            return null;
        };

        /**
         * Creates an UpdateDataSubscription message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof livekit.UpdateDataSubscription
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {livekit.UpdateDataSubscription} UpdateDataSubscription
         */
        UpdateDataSubscription.fromObject = function (object, _depth) {
            if (object instanceof $root.livekit.UpdateDataSubscription)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".livekit.UpdateDataSubscription: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.livekit.UpdateDataSubscription();
            if (object.updates) {
                if (!$Array.isArray(object.updates))
                    throw $TypeError(".livekit.UpdateDataSubscription.updates: array expected");
                message.updates = $Array(object.updates.length);
                for (let i = 0; i < object.updates.length; ++i) {
                    if (!$util.isObject(object.updates[i]))
                        throw $TypeError(".livekit.UpdateDataSubscription.updates: object expected");
                    message.updates[i] = $root.livekit.UpdateDataSubscription.Update.fromObject(object.updates[i], _depth + 1);
                }
            }
            return message;
        };

        /**
         * Creates a plain object from an UpdateDataSubscription message. Also converts values to other types if specified.
         * @function toObject
         * @memberof livekit.UpdateDataSubscription
         * @static
         * @param {livekit.UpdateDataSubscription} message UpdateDataSubscription
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        UpdateDataSubscription.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
                object.updates = [];
            if (message.updates && message.updates.length) {
                object.updates = $Array(message.updates.length);
                for (let j = 0; j < message.updates.length; ++j)
                    object.updates[j] = $root.livekit.UpdateDataSubscription.Update.toObject(message.updates[j], options, _depth + 1);
            }
            return object;
        };

        /**
         * Converts this UpdateDataSubscription to JSON.
         * @function toJSON
         * @memberof livekit.UpdateDataSubscription
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        UpdateDataSubscription.prototype.toJSON = function() {
            return UpdateDataSubscription.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for UpdateDataSubscription
         * @function getTypeUrl
         * @memberof livekit.UpdateDataSubscription
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        UpdateDataSubscription.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/livekit.UpdateDataSubscription";
        };

        UpdateDataSubscription.Update = (function() {

            /**
             * Properties of an Update.
             * @typedef {Object} livekit.UpdateDataSubscription.Update.$Properties
             * @property {string|null} [trackSid] Update trackSid
             * @property {boolean|null} [subscribe] Update subscribe
             * @property {livekit.DataTrackSubscriptionOptions.$Properties|null} [options] Update options
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Update.
             * @memberof livekit.UpdateDataSubscription
             * @interface IUpdate
             * @augments livekit.UpdateDataSubscription.Update.$Properties
             * @deprecated Use livekit.UpdateDataSubscription.Update.$Properties instead.
             */

            /**
             * Shape of an Update.
             * @typedef {livekit.UpdateDataSubscription.Update.$Properties} livekit.UpdateDataSubscription.Update.$Shape
             */

            /**
             * Constructs a new Update.
             * @memberof livekit.UpdateDataSubscription
             * @classdesc Represents an Update.
             * @constructor
             * @param {livekit.UpdateDataSubscription.Update.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Update = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Update trackSid.
             * @member {string} trackSid
             * @memberof livekit.UpdateDataSubscription.Update
             * @instance
             */
            Update.prototype.trackSid = "";

            /**
             * Update subscribe.
             * @member {boolean} subscribe
             * @memberof livekit.UpdateDataSubscription.Update
             * @instance
             */
            Update.prototype.subscribe = false;

            /**
             * Update options.
             * @member {livekit.DataTrackSubscriptionOptions.$Properties|null|undefined} options
             * @memberof livekit.UpdateDataSubscription.Update
             * @instance
             */
            Update.prototype.options = null;

            /**
             * Creates a new Update instance using the specified properties.
             * @function create
             * @memberof livekit.UpdateDataSubscription.Update
             * @static
             * @param {livekit.UpdateDataSubscription.Update.$Properties=} [properties] Properties to set
             * @returns {livekit.UpdateDataSubscription.Update} Update instance
             * @type {{
             *   (properties: livekit.UpdateDataSubscription.Update.$Shape): livekit.UpdateDataSubscription.Update & livekit.UpdateDataSubscription.Update.$Shape;
             *   (properties?: livekit.UpdateDataSubscription.Update.$Properties): livekit.UpdateDataSubscription.Update;
             * }}
             */
            Update.create = function(properties) {
                return new Update(properties);
            };

            /**
             * Encodes the specified Update message. Does not implicitly {@link livekit.UpdateDataSubscription.Update.verify|verify} messages.
             * @function encode
             * @memberof livekit.UpdateDataSubscription.Update
             * @static
             * @param {livekit.UpdateDataSubscription.Update.$Properties} message Update message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Update.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.trackSid != null && $Object.hasOwnProperty.call(message, "trackSid") && message.trackSid !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.trackSid);
                if (message.subscribe != null && $Object.hasOwnProperty.call(message, "subscribe") && message.subscribe !== false)
                    writer.uint32(/* id 2, wireType 0 =*/16).bool(message.subscribe);
                if (message.options != null && $Object.hasOwnProperty.call(message, "options"))
                    $root.livekit.DataTrackSubscriptionOptions.encode(message.options, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Update message, length delimited. Does not implicitly {@link livekit.UpdateDataSubscription.Update.verify|verify} messages.
             * @function encodeDelimited
             * @memberof livekit.UpdateDataSubscription.Update
             * @static
             * @param {livekit.UpdateDataSubscription.Update.$Properties} message Update message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Update.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an Update message from the specified reader or buffer.
             * @function decode
             * @memberof livekit.UpdateDataSubscription.Update
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {livekit.UpdateDataSubscription.Update & livekit.UpdateDataSubscription.Update.$Shape} Update
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Update.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.livekit.UpdateDataSubscription.Update();
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
                            if ((value = reader.stringVerify()).length)
                                message.trackSid = value;
                            else
                                delete message.trackSid;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.subscribe = value;
                            else
                                delete message.subscribe;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.options = $root.livekit.DataTrackSubscriptionOptions.decode(reader, reader.size(), $undefined, _depth + 1, message.options);
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

            /**
             * Decodes an Update message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof livekit.UpdateDataSubscription.Update
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {livekit.UpdateDataSubscription.Update & livekit.UpdateDataSubscription.Update.$Shape} Update
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Update.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an Update message.
             * @function verify
             * @memberof livekit.UpdateDataSubscription.Update
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Update.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.trackSid != null && $Object.hasOwnProperty.call(message, "trackSid"))
                    if (!$util.isString(message.trackSid))
                        return "trackSid: string expected";
                if (message.subscribe != null && $Object.hasOwnProperty.call(message, "subscribe"))
                    if (typeof message.subscribe !== "boolean")
                        return "subscribe: boolean expected";
                if (message.options != null && $Object.hasOwnProperty.call(message, "options")) {
                    let error = $root.livekit.DataTrackSubscriptionOptions.verify(message.options, _depth + 1);
                    if (error)
                        return "options." + error;
                }
                return null;
            };

            /**
             * Creates an Update message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof livekit.UpdateDataSubscription.Update
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {livekit.UpdateDataSubscription.Update} Update
             */
            Update.fromObject = function (object, _depth) {
                if (object instanceof $root.livekit.UpdateDataSubscription.Update)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".livekit.UpdateDataSubscription.Update: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.livekit.UpdateDataSubscription.Update();
                if (object.trackSid != null)
                    if (typeof object.trackSid !== "string" || object.trackSid.length)
                        message.trackSid = $String(object.trackSid);
                if (object.subscribe != null)
                    if (object.subscribe)
                        message.subscribe = $Boolean(object.subscribe);
                if (object.options != null) {
                    if (!$util.isObject(object.options))
                        throw $TypeError(".livekit.UpdateDataSubscription.Update.options: object expected");
                    message.options = $root.livekit.DataTrackSubscriptionOptions.fromObject(object.options, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from an Update message. Also converts values to other types if specified.
             * @function toObject
             * @memberof livekit.UpdateDataSubscription.Update
             * @static
             * @param {livekit.UpdateDataSubscription.Update} message Update
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Update.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.trackSid = "";
                    object.subscribe = false;
                    object.options = null;
                }
                if (message.trackSid != null && $Object.hasOwnProperty.call(message, "trackSid"))
                    object.trackSid = message.trackSid;
                if (message.subscribe != null && $Object.hasOwnProperty.call(message, "subscribe"))
                    object.subscribe = message.subscribe;
                if (message.options != null && $Object.hasOwnProperty.call(message, "options"))
                    object.options = $root.livekit.DataTrackSubscriptionOptions.toObject(message.options, options, _depth + 1);
                return object;
            };

            /**
             * Converts this Update to JSON.
             * @function toJSON
             * @memberof livekit.UpdateDataSubscription.Update
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Update.prototype.toJSON = function() {
                return Update.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Update
             * @function getTypeUrl
             * @memberof livekit.UpdateDataSubscription.Update
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Update.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/livekit.UpdateDataSubscription.Update";
            };

            return Update;
        })();

        return UpdateDataSubscription;
    })();

    livekit.DataTrackSubscriberHandles = (function() {

        /**
         * Properties of a DataTrackSubscriberHandles.
         * @typedef {Object} livekit.DataTrackSubscriberHandles.$Properties
         * @property {Object.<string,livekit.DataTrackSubscriberHandles.PublishedDataTrack.$Properties>|null} [subHandles] DataTrackSubscriberHandles subHandles
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a DataTrackSubscriberHandles.
         * @memberof livekit
         * @interface IDataTrackSubscriberHandles
         * @augments livekit.DataTrackSubscriberHandles.$Properties
         * @deprecated Use livekit.DataTrackSubscriberHandles.$Properties instead.
         */

        /**
         * Shape of a DataTrackSubscriberHandles.
         * @typedef {livekit.DataTrackSubscriberHandles.$Properties} livekit.DataTrackSubscriberHandles.$Shape
         */

        /**
         * Constructs a new DataTrackSubscriberHandles.
         * @memberof livekit
         * @classdesc Represents a DataTrackSubscriberHandles.
         * @constructor
         * @param {livekit.DataTrackSubscriberHandles.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const DataTrackSubscriberHandles = function (properties) {
            this.subHandles = {};
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * DataTrackSubscriberHandles subHandles.
         * @member {Object.<string,livekit.DataTrackSubscriberHandles.PublishedDataTrack.$Properties>} subHandles
         * @memberof livekit.DataTrackSubscriberHandles
         * @instance
         */
        DataTrackSubscriberHandles.prototype.subHandles = $util.emptyObject;

        /**
         * Creates a new DataTrackSubscriberHandles instance using the specified properties.
         * @function create
         * @memberof livekit.DataTrackSubscriberHandles
         * @static
         * @param {livekit.DataTrackSubscriberHandles.$Properties=} [properties] Properties to set
         * @returns {livekit.DataTrackSubscriberHandles} DataTrackSubscriberHandles instance
         * @type {{
         *   (properties: livekit.DataTrackSubscriberHandles.$Shape): livekit.DataTrackSubscriberHandles & livekit.DataTrackSubscriberHandles.$Shape;
         *   (properties?: livekit.DataTrackSubscriberHandles.$Properties): livekit.DataTrackSubscriberHandles;
         * }}
         */
        DataTrackSubscriberHandles.create = function(properties) {
            return new DataTrackSubscriberHandles(properties);
        };

        /**
         * Encodes the specified DataTrackSubscriberHandles message. Does not implicitly {@link livekit.DataTrackSubscriberHandles.verify|verify} messages.
         * @function encode
         * @memberof livekit.DataTrackSubscriberHandles
         * @static
         * @param {livekit.DataTrackSubscriberHandles.$Properties} message DataTrackSubscriberHandles message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        DataTrackSubscriberHandles.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.subHandles != null && $Object.hasOwnProperty.call(message, "subHandles"))
                for (let keys = $Object.keys(message.subHandles), i = 0; i < keys.length; ++i) {
                    writer.uint32(/* id 1, wireType 2 =*/10).fork().uint32(/* id 1, wireType 0 =*/8).uint32(keys[i]);
                    $root.livekit.DataTrackSubscriberHandles.PublishedDataTrack.encode(message.subHandles[keys[i]], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim().ldelim();
                }
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified DataTrackSubscriberHandles message, length delimited. Does not implicitly {@link livekit.DataTrackSubscriberHandles.verify|verify} messages.
         * @function encodeDelimited
         * @memberof livekit.DataTrackSubscriberHandles
         * @static
         * @param {livekit.DataTrackSubscriberHandles.$Properties} message DataTrackSubscriberHandles message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        DataTrackSubscriberHandles.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a DataTrackSubscriberHandles message from the specified reader or buffer.
         * @function decode
         * @memberof livekit.DataTrackSubscriberHandles
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {livekit.DataTrackSubscriberHandles & livekit.DataTrackSubscriberHandles.$Shape} DataTrackSubscriberHandles
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        DataTrackSubscriberHandles.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.livekit.DataTrackSubscriberHandles();
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
                        if (message.subHandles === $util.emptyObject)
                            message.subHandles = {};
                        let end2 = reader.size() + reader.pos;
                        if (end2 > reader.len)
                            throw $RangeError("index out of range");
                        reader.len = end2;
                        key = 0;
                        value = null;
                        while (reader.pos < end2) {
                            let tag2 = reader.tag();
                            wireType = tag2 & 7;
                            switch (tag2 >>>= 3) {
                            case 1:
                                if (wireType !== 0)
                                    break;
                                key = reader.uint32();
                                continue;
                            case 2:
                                if (wireType !== 2)
                                    break;
                                value = $root.livekit.DataTrackSubscriberHandles.PublishedDataTrack.decode(reader, reader.size(), $undefined, _depth + 1, value);
                                continue;
                            }
                            reader.skipType(wireType, _depth, tag2);
                        }
                        if (reader.pos !== end2)
                            throw $RangeError("index out of range");
                        reader.len = end;
                        message.subHandles[key] = value || new $root.livekit.DataTrackSubscriberHandles.PublishedDataTrack();
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

        /**
         * Decodes a DataTrackSubscriberHandles message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof livekit.DataTrackSubscriberHandles
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {livekit.DataTrackSubscriberHandles & livekit.DataTrackSubscriberHandles.$Shape} DataTrackSubscriberHandles
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        DataTrackSubscriberHandles.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a DataTrackSubscriberHandles message.
         * @function verify
         * @memberof livekit.DataTrackSubscriberHandles
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        DataTrackSubscriberHandles.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.subHandles != null && $Object.hasOwnProperty.call(message, "subHandles")) {
                if (!$util.isObject(message.subHandles))
                    return "subHandles: object expected";
                let key = $Object.keys(message.subHandles);
                for (let i = 0; i < key.length; ++i) {
                    if (!$util.key32Re.test(key[i]))
                        return "subHandles: integer key{k:uint32} expected";
                    {
                        let error = $root.livekit.DataTrackSubscriberHandles.PublishedDataTrack.verify(message.subHandles[key[i]], _depth + 1);
                        if (error)
                            return "subHandles." + error;
                    }
                }
            }
            return null;
        };

        /**
         * Creates a DataTrackSubscriberHandles message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof livekit.DataTrackSubscriberHandles
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {livekit.DataTrackSubscriberHandles} DataTrackSubscriberHandles
         */
        DataTrackSubscriberHandles.fromObject = function (object, _depth) {
            if (object instanceof $root.livekit.DataTrackSubscriberHandles)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".livekit.DataTrackSubscriberHandles: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.livekit.DataTrackSubscriberHandles();
            if (object.subHandles) {
                if (!$util.isObject(object.subHandles))
                    throw $TypeError(".livekit.DataTrackSubscriberHandles.subHandles: object expected");
                message.subHandles = {};
                for (let keys = $Object.keys(object.subHandles), i = 0; i < keys.length; ++i) {
                    if (keys[i] === "__proto__")
                        $util.makeProp(message.subHandles, keys[i]);
                    if (!$util.isObject(object.subHandles[keys[i]]))
                        throw $TypeError(".livekit.DataTrackSubscriberHandles.subHandles: object expected");
                    message.subHandles[keys[i]] = $root.livekit.DataTrackSubscriberHandles.PublishedDataTrack.fromObject(object.subHandles[keys[i]], _depth + 1);
                }
            }
            return message;
        };

        /**
         * Creates a plain object from a DataTrackSubscriberHandles message. Also converts values to other types if specified.
         * @function toObject
         * @memberof livekit.DataTrackSubscriberHandles
         * @static
         * @param {livekit.DataTrackSubscriberHandles} message DataTrackSubscriberHandles
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        DataTrackSubscriberHandles.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.objects || options.defaults)
                object.subHandles = {};
            let keys2;
            if (message.subHandles && (keys2 = $Object.keys(message.subHandles)).length) {
                object.subHandles = {};
                for (let j = 0; j < keys2.length; ++j) {
                    if (keys2[j] === "__proto__")
                        $util.makeProp(object.subHandles, keys2[j]);
                    object.subHandles[keys2[j]] = $root.livekit.DataTrackSubscriberHandles.PublishedDataTrack.toObject(message.subHandles[keys2[j]], options, _depth + 1);
                }
            }
            return object;
        };

        /**
         * Converts this DataTrackSubscriberHandles to JSON.
         * @function toJSON
         * @memberof livekit.DataTrackSubscriberHandles
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        DataTrackSubscriberHandles.prototype.toJSON = function() {
            return DataTrackSubscriberHandles.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for DataTrackSubscriberHandles
         * @function getTypeUrl
         * @memberof livekit.DataTrackSubscriberHandles
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        DataTrackSubscriberHandles.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/livekit.DataTrackSubscriberHandles";
        };

        DataTrackSubscriberHandles.PublishedDataTrack = (function() {

            /**
             * Properties of a PublishedDataTrack.
             * @typedef {Object} livekit.DataTrackSubscriberHandles.PublishedDataTrack.$Properties
             * @property {string|null} [publisherIdentity] PublishedDataTrack publisherIdentity
             * @property {string|null} [publisherSid] PublishedDataTrack publisherSid
             * @property {string|null} [trackSid] PublishedDataTrack trackSid
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PublishedDataTrack.
             * @memberof livekit.DataTrackSubscriberHandles
             * @interface IPublishedDataTrack
             * @augments livekit.DataTrackSubscriberHandles.PublishedDataTrack.$Properties
             * @deprecated Use livekit.DataTrackSubscriberHandles.PublishedDataTrack.$Properties instead.
             */

            /**
             * Shape of a PublishedDataTrack.
             * @typedef {livekit.DataTrackSubscriberHandles.PublishedDataTrack.$Properties} livekit.DataTrackSubscriberHandles.PublishedDataTrack.$Shape
             */

            /**
             * Constructs a new PublishedDataTrack.
             * @memberof livekit.DataTrackSubscriberHandles
             * @classdesc Represents a PublishedDataTrack.
             * @constructor
             * @param {livekit.DataTrackSubscriberHandles.PublishedDataTrack.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PublishedDataTrack = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PublishedDataTrack publisherIdentity.
             * @member {string} publisherIdentity
             * @memberof livekit.DataTrackSubscriberHandles.PublishedDataTrack
             * @instance
             */
            PublishedDataTrack.prototype.publisherIdentity = "";

            /**
             * PublishedDataTrack publisherSid.
             * @member {string} publisherSid
             * @memberof livekit.DataTrackSubscriberHandles.PublishedDataTrack
             * @instance
             */
            PublishedDataTrack.prototype.publisherSid = "";

            /**
             * PublishedDataTrack trackSid.
             * @member {string} trackSid
             * @memberof livekit.DataTrackSubscriberHandles.PublishedDataTrack
             * @instance
             */
            PublishedDataTrack.prototype.trackSid = "";

            /**
             * Creates a new PublishedDataTrack instance using the specified properties.
             * @function create
             * @memberof livekit.DataTrackSubscriberHandles.PublishedDataTrack
             * @static
             * @param {livekit.DataTrackSubscriberHandles.PublishedDataTrack.$Properties=} [properties] Properties to set
             * @returns {livekit.DataTrackSubscriberHandles.PublishedDataTrack} PublishedDataTrack instance
             * @type {{
             *   (properties: livekit.DataTrackSubscriberHandles.PublishedDataTrack.$Shape): livekit.DataTrackSubscriberHandles.PublishedDataTrack & livekit.DataTrackSubscriberHandles.PublishedDataTrack.$Shape;
             *   (properties?: livekit.DataTrackSubscriberHandles.PublishedDataTrack.$Properties): livekit.DataTrackSubscriberHandles.PublishedDataTrack;
             * }}
             */
            PublishedDataTrack.create = function(properties) {
                return new PublishedDataTrack(properties);
            };

            /**
             * Encodes the specified PublishedDataTrack message. Does not implicitly {@link livekit.DataTrackSubscriberHandles.PublishedDataTrack.verify|verify} messages.
             * @function encode
             * @memberof livekit.DataTrackSubscriberHandles.PublishedDataTrack
             * @static
             * @param {livekit.DataTrackSubscriberHandles.PublishedDataTrack.$Properties} message PublishedDataTrack message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PublishedDataTrack.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.publisherIdentity != null && $Object.hasOwnProperty.call(message, "publisherIdentity") && message.publisherIdentity !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.publisherIdentity);
                if (message.publisherSid != null && $Object.hasOwnProperty.call(message, "publisherSid") && message.publisherSid !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.publisherSid);
                if (message.trackSid != null && $Object.hasOwnProperty.call(message, "trackSid") && message.trackSid !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.trackSid);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified PublishedDataTrack message, length delimited. Does not implicitly {@link livekit.DataTrackSubscriberHandles.PublishedDataTrack.verify|verify} messages.
             * @function encodeDelimited
             * @memberof livekit.DataTrackSubscriberHandles.PublishedDataTrack
             * @static
             * @param {livekit.DataTrackSubscriberHandles.PublishedDataTrack.$Properties} message PublishedDataTrack message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PublishedDataTrack.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a PublishedDataTrack message from the specified reader or buffer.
             * @function decode
             * @memberof livekit.DataTrackSubscriberHandles.PublishedDataTrack
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {livekit.DataTrackSubscriberHandles.PublishedDataTrack & livekit.DataTrackSubscriberHandles.PublishedDataTrack.$Shape} PublishedDataTrack
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PublishedDataTrack.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.livekit.DataTrackSubscriberHandles.PublishedDataTrack();
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
                            if ((value = reader.stringVerify()).length)
                                message.publisherIdentity = value;
                            else
                                delete message.publisherIdentity;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.publisherSid = value;
                            else
                                delete message.publisherSid;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.trackSid = value;
                            else
                                delete message.trackSid;
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

            /**
             * Decodes a PublishedDataTrack message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof livekit.DataTrackSubscriberHandles.PublishedDataTrack
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {livekit.DataTrackSubscriberHandles.PublishedDataTrack & livekit.DataTrackSubscriberHandles.PublishedDataTrack.$Shape} PublishedDataTrack
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PublishedDataTrack.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a PublishedDataTrack message.
             * @function verify
             * @memberof livekit.DataTrackSubscriberHandles.PublishedDataTrack
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            PublishedDataTrack.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.publisherIdentity != null && $Object.hasOwnProperty.call(message, "publisherIdentity"))
                    if (!$util.isString(message.publisherIdentity))
                        return "publisherIdentity: string expected";
                if (message.publisherSid != null && $Object.hasOwnProperty.call(message, "publisherSid"))
                    if (!$util.isString(message.publisherSid))
                        return "publisherSid: string expected";
                if (message.trackSid != null && $Object.hasOwnProperty.call(message, "trackSid"))
                    if (!$util.isString(message.trackSid))
                        return "trackSid: string expected";
                return null;
            };

            /**
             * Creates a PublishedDataTrack message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof livekit.DataTrackSubscriberHandles.PublishedDataTrack
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {livekit.DataTrackSubscriberHandles.PublishedDataTrack} PublishedDataTrack
             */
            PublishedDataTrack.fromObject = function (object, _depth) {
                if (object instanceof $root.livekit.DataTrackSubscriberHandles.PublishedDataTrack)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".livekit.DataTrackSubscriberHandles.PublishedDataTrack: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.livekit.DataTrackSubscriberHandles.PublishedDataTrack();
                if (object.publisherIdentity != null)
                    if (typeof object.publisherIdentity !== "string" || object.publisherIdentity.length)
                        message.publisherIdentity = $String(object.publisherIdentity);
                if (object.publisherSid != null)
                    if (typeof object.publisherSid !== "string" || object.publisherSid.length)
                        message.publisherSid = $String(object.publisherSid);
                if (object.trackSid != null)
                    if (typeof object.trackSid !== "string" || object.trackSid.length)
                        message.trackSid = $String(object.trackSid);
                return message;
            };

            /**
             * Creates a plain object from a PublishedDataTrack message. Also converts values to other types if specified.
             * @function toObject
             * @memberof livekit.DataTrackSubscriberHandles.PublishedDataTrack
             * @static
             * @param {livekit.DataTrackSubscriberHandles.PublishedDataTrack} message PublishedDataTrack
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PublishedDataTrack.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.publisherIdentity = "";
                    object.publisherSid = "";
                    object.trackSid = "";
                }
                if (message.publisherIdentity != null && $Object.hasOwnProperty.call(message, "publisherIdentity"))
                    object.publisherIdentity = message.publisherIdentity;
                if (message.publisherSid != null && $Object.hasOwnProperty.call(message, "publisherSid"))
                    object.publisherSid = message.publisherSid;
                if (message.trackSid != null && $Object.hasOwnProperty.call(message, "trackSid"))
                    object.trackSid = message.trackSid;
                return object;
            };

            /**
             * Converts this PublishedDataTrack to JSON.
             * @function toJSON
             * @memberof livekit.DataTrackSubscriberHandles.PublishedDataTrack
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PublishedDataTrack.prototype.toJSON = function() {
                return PublishedDataTrack.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for PublishedDataTrack
             * @function getTypeUrl
             * @memberof livekit.DataTrackSubscriberHandles.PublishedDataTrack
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PublishedDataTrack.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/livekit.DataTrackSubscriberHandles.PublishedDataTrack";
            };

            return PublishedDataTrack;
        })();

        return DataTrackSubscriberHandles;
    })();

    livekit.StoreDataBlobRequest = (function() {

        /**
         * Properties of a StoreDataBlobRequest.
         * @typedef {Object} livekit.StoreDataBlobRequest.$Properties
         * @property {number|null} [requestId] StoreDataBlobRequest requestId
         * @property {livekit.DataBlob.$Properties|null} [blob] StoreDataBlobRequest blob
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a StoreDataBlobRequest.
         * @memberof livekit
         * @interface IStoreDataBlobRequest
         * @augments livekit.StoreDataBlobRequest.$Properties
         * @deprecated Use livekit.StoreDataBlobRequest.$Properties instead.
         */

        /**
         * Shape of a StoreDataBlobRequest.
         * @typedef {{
         *   requestId?: number|null;
         *   blob?: livekit.DataBlob.$Shape|null;
         *   $unknowns?: Array.<Uint8Array>;
         * }} livekit.StoreDataBlobRequest.$Shape
         */

        /**
         * Constructs a new StoreDataBlobRequest.
         * @memberof livekit
         * @classdesc Represents a StoreDataBlobRequest.
         * @constructor
         * @param {livekit.StoreDataBlobRequest.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const StoreDataBlobRequest = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * StoreDataBlobRequest requestId.
         * @member {number} requestId
         * @memberof livekit.StoreDataBlobRequest
         * @instance
         */
        StoreDataBlobRequest.prototype.requestId = 0;

        /**
         * StoreDataBlobRequest blob.
         * @member {livekit.DataBlob.$Properties|null|undefined} blob
         * @memberof livekit.StoreDataBlobRequest
         * @instance
         */
        StoreDataBlobRequest.prototype.blob = null;

        /**
         * Creates a new StoreDataBlobRequest instance using the specified properties.
         * @function create
         * @memberof livekit.StoreDataBlobRequest
         * @static
         * @param {livekit.StoreDataBlobRequest.$Properties=} [properties] Properties to set
         * @returns {livekit.StoreDataBlobRequest} StoreDataBlobRequest instance
         * @type {{
         *   (properties: livekit.StoreDataBlobRequest.$Shape): livekit.StoreDataBlobRequest & livekit.StoreDataBlobRequest.$Shape;
         *   (properties?: livekit.StoreDataBlobRequest.$Properties): livekit.StoreDataBlobRequest;
         * }}
         */
        StoreDataBlobRequest.create = function(properties) {
            return new StoreDataBlobRequest(properties);
        };

        /**
         * Encodes the specified StoreDataBlobRequest message. Does not implicitly {@link livekit.StoreDataBlobRequest.verify|verify} messages.
         * @function encode
         * @memberof livekit.StoreDataBlobRequest
         * @static
         * @param {livekit.StoreDataBlobRequest.$Properties} message StoreDataBlobRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        StoreDataBlobRequest.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId") && message.requestId !== 0)
                writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.requestId);
            if (message.blob != null && $Object.hasOwnProperty.call(message, "blob"))
                $root.livekit.DataBlob.encode(message.blob, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified StoreDataBlobRequest message, length delimited. Does not implicitly {@link livekit.StoreDataBlobRequest.verify|verify} messages.
         * @function encodeDelimited
         * @memberof livekit.StoreDataBlobRequest
         * @static
         * @param {livekit.StoreDataBlobRequest.$Properties} message StoreDataBlobRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        StoreDataBlobRequest.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a StoreDataBlobRequest message from the specified reader or buffer.
         * @function decode
         * @memberof livekit.StoreDataBlobRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {livekit.StoreDataBlobRequest & livekit.StoreDataBlobRequest.$Shape} StoreDataBlobRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        StoreDataBlobRequest.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.livekit.StoreDataBlobRequest();
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
                        if (value = reader.uint32())
                            message.requestId = value;
                        else
                            delete message.requestId;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        message.blob = $root.livekit.DataBlob.decode(reader, reader.size(), $undefined, _depth + 1, message.blob);
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

        /**
         * Decodes a StoreDataBlobRequest message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof livekit.StoreDataBlobRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {livekit.StoreDataBlobRequest & livekit.StoreDataBlobRequest.$Shape} StoreDataBlobRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        StoreDataBlobRequest.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a StoreDataBlobRequest message.
         * @function verify
         * @memberof livekit.StoreDataBlobRequest
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        StoreDataBlobRequest.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId"))
                if (!$util.isInteger(message.requestId))
                    return "requestId: integer expected";
            if (message.blob != null && $Object.hasOwnProperty.call(message, "blob")) {
                let error = $root.livekit.DataBlob.verify(message.blob, _depth + 1);
                if (error)
                    return "blob." + error;
            }
            return null;
        };

        /**
         * Creates a StoreDataBlobRequest message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof livekit.StoreDataBlobRequest
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {livekit.StoreDataBlobRequest} StoreDataBlobRequest
         */
        StoreDataBlobRequest.fromObject = function (object, _depth) {
            if (object instanceof $root.livekit.StoreDataBlobRequest)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".livekit.StoreDataBlobRequest: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.livekit.StoreDataBlobRequest();
            if (object.requestId != null)
                if ($Number(object.requestId) !== 0)
                    message.requestId = object.requestId >>> 0;
            if (object.blob != null) {
                if (!$util.isObject(object.blob))
                    throw $TypeError(".livekit.StoreDataBlobRequest.blob: object expected");
                message.blob = $root.livekit.DataBlob.fromObject(object.blob, _depth + 1);
            }
            return message;
        };

        /**
         * Creates a plain object from a StoreDataBlobRequest message. Also converts values to other types if specified.
         * @function toObject
         * @memberof livekit.StoreDataBlobRequest
         * @static
         * @param {livekit.StoreDataBlobRequest} message StoreDataBlobRequest
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        StoreDataBlobRequest.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.requestId = 0;
                object.blob = null;
            }
            if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId"))
                object.requestId = message.requestId;
            if (message.blob != null && $Object.hasOwnProperty.call(message, "blob"))
                object.blob = $root.livekit.DataBlob.toObject(message.blob, options, _depth + 1);
            return object;
        };

        /**
         * Converts this StoreDataBlobRequest to JSON.
         * @function toJSON
         * @memberof livekit.StoreDataBlobRequest
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        StoreDataBlobRequest.prototype.toJSON = function() {
            return StoreDataBlobRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for StoreDataBlobRequest
         * @function getTypeUrl
         * @memberof livekit.StoreDataBlobRequest
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        StoreDataBlobRequest.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/livekit.StoreDataBlobRequest";
        };

        return StoreDataBlobRequest;
    })();

    livekit.StoreDataBlobResponse = (function() {

        /**
         * Properties of a StoreDataBlobResponse.
         * @typedef {Object} livekit.StoreDataBlobResponse.$Properties
         * @property {number|null} [requestId] StoreDataBlobResponse requestId
         * @property {livekit.DataBlobKey.$Properties|null} [key] StoreDataBlobResponse key
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a StoreDataBlobResponse.
         * @memberof livekit
         * @interface IStoreDataBlobResponse
         * @augments livekit.StoreDataBlobResponse.$Properties
         * @deprecated Use livekit.StoreDataBlobResponse.$Properties instead.
         */

        /**
         * Shape of a StoreDataBlobResponse.
         * @typedef {{
         *   requestId?: number|null;
         *   key?: livekit.DataBlobKey.$Shape|null;
         *   $unknowns?: Array.<Uint8Array>;
         * }} livekit.StoreDataBlobResponse.$Shape
         */

        /**
         * Constructs a new StoreDataBlobResponse.
         * @memberof livekit
         * @classdesc Represents a StoreDataBlobResponse.
         * @constructor
         * @param {livekit.StoreDataBlobResponse.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const StoreDataBlobResponse = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * StoreDataBlobResponse requestId.
         * @member {number} requestId
         * @memberof livekit.StoreDataBlobResponse
         * @instance
         */
        StoreDataBlobResponse.prototype.requestId = 0;

        /**
         * StoreDataBlobResponse key.
         * @member {livekit.DataBlobKey.$Properties|null|undefined} key
         * @memberof livekit.StoreDataBlobResponse
         * @instance
         */
        StoreDataBlobResponse.prototype.key = null;

        /**
         * Creates a new StoreDataBlobResponse instance using the specified properties.
         * @function create
         * @memberof livekit.StoreDataBlobResponse
         * @static
         * @param {livekit.StoreDataBlobResponse.$Properties=} [properties] Properties to set
         * @returns {livekit.StoreDataBlobResponse} StoreDataBlobResponse instance
         * @type {{
         *   (properties: livekit.StoreDataBlobResponse.$Shape): livekit.StoreDataBlobResponse & livekit.StoreDataBlobResponse.$Shape;
         *   (properties?: livekit.StoreDataBlobResponse.$Properties): livekit.StoreDataBlobResponse;
         * }}
         */
        StoreDataBlobResponse.create = function(properties) {
            return new StoreDataBlobResponse(properties);
        };

        /**
         * Encodes the specified StoreDataBlobResponse message. Does not implicitly {@link livekit.StoreDataBlobResponse.verify|verify} messages.
         * @function encode
         * @memberof livekit.StoreDataBlobResponse
         * @static
         * @param {livekit.StoreDataBlobResponse.$Properties} message StoreDataBlobResponse message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        StoreDataBlobResponse.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId") && message.requestId !== 0)
                writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.requestId);
            if (message.key != null && $Object.hasOwnProperty.call(message, "key"))
                $root.livekit.DataBlobKey.encode(message.key, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified StoreDataBlobResponse message, length delimited. Does not implicitly {@link livekit.StoreDataBlobResponse.verify|verify} messages.
         * @function encodeDelimited
         * @memberof livekit.StoreDataBlobResponse
         * @static
         * @param {livekit.StoreDataBlobResponse.$Properties} message StoreDataBlobResponse message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        StoreDataBlobResponse.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a StoreDataBlobResponse message from the specified reader or buffer.
         * @function decode
         * @memberof livekit.StoreDataBlobResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {livekit.StoreDataBlobResponse & livekit.StoreDataBlobResponse.$Shape} StoreDataBlobResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        StoreDataBlobResponse.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.livekit.StoreDataBlobResponse();
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
                        if (value = reader.uint32())
                            message.requestId = value;
                        else
                            delete message.requestId;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        message.key = $root.livekit.DataBlobKey.decode(reader, reader.size(), $undefined, _depth + 1, message.key);
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

        /**
         * Decodes a StoreDataBlobResponse message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof livekit.StoreDataBlobResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {livekit.StoreDataBlobResponse & livekit.StoreDataBlobResponse.$Shape} StoreDataBlobResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        StoreDataBlobResponse.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a StoreDataBlobResponse message.
         * @function verify
         * @memberof livekit.StoreDataBlobResponse
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        StoreDataBlobResponse.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId"))
                if (!$util.isInteger(message.requestId))
                    return "requestId: integer expected";
            if (message.key != null && $Object.hasOwnProperty.call(message, "key")) {
                let error = $root.livekit.DataBlobKey.verify(message.key, _depth + 1);
                if (error)
                    return "key." + error;
            }
            return null;
        };

        /**
         * Creates a StoreDataBlobResponse message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof livekit.StoreDataBlobResponse
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {livekit.StoreDataBlobResponse} StoreDataBlobResponse
         */
        StoreDataBlobResponse.fromObject = function (object, _depth) {
            if (object instanceof $root.livekit.StoreDataBlobResponse)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".livekit.StoreDataBlobResponse: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.livekit.StoreDataBlobResponse();
            if (object.requestId != null)
                if ($Number(object.requestId) !== 0)
                    message.requestId = object.requestId >>> 0;
            if (object.key != null) {
                if (!$util.isObject(object.key))
                    throw $TypeError(".livekit.StoreDataBlobResponse.key: object expected");
                message.key = $root.livekit.DataBlobKey.fromObject(object.key, _depth + 1);
            }
            return message;
        };

        /**
         * Creates a plain object from a StoreDataBlobResponse message. Also converts values to other types if specified.
         * @function toObject
         * @memberof livekit.StoreDataBlobResponse
         * @static
         * @param {livekit.StoreDataBlobResponse} message StoreDataBlobResponse
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        StoreDataBlobResponse.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.requestId = 0;
                object.key = null;
            }
            if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId"))
                object.requestId = message.requestId;
            if (message.key != null && $Object.hasOwnProperty.call(message, "key"))
                object.key = $root.livekit.DataBlobKey.toObject(message.key, options, _depth + 1);
            return object;
        };

        /**
         * Converts this StoreDataBlobResponse to JSON.
         * @function toJSON
         * @memberof livekit.StoreDataBlobResponse
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        StoreDataBlobResponse.prototype.toJSON = function() {
            return StoreDataBlobResponse.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for StoreDataBlobResponse
         * @function getTypeUrl
         * @memberof livekit.StoreDataBlobResponse
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        StoreDataBlobResponse.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/livekit.StoreDataBlobResponse";
        };

        return StoreDataBlobResponse;
    })();

    livekit.GetDataBlobRequest = (function() {

        /**
         * Properties of a GetDataBlobRequest.
         * @typedef {Object} livekit.GetDataBlobRequest.$Properties
         * @property {number|null} [requestId] GetDataBlobRequest requestId
         * @property {string|null} [participantIdentity] GetDataBlobRequest participantIdentity
         * @property {livekit.DataBlobKey.$Properties|null} [key] GetDataBlobRequest key
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a GetDataBlobRequest.
         * @memberof livekit
         * @interface IGetDataBlobRequest
         * @augments livekit.GetDataBlobRequest.$Properties
         * @deprecated Use livekit.GetDataBlobRequest.$Properties instead.
         */

        /**
         * Shape of a GetDataBlobRequest.
         * @typedef {{
         *   requestId?: number|null;
         *   participantIdentity?: string|null;
         *   key?: livekit.DataBlobKey.$Shape|null;
         *   $unknowns?: Array.<Uint8Array>;
         * }} livekit.GetDataBlobRequest.$Shape
         */

        /**
         * Constructs a new GetDataBlobRequest.
         * @memberof livekit
         * @classdesc Represents a GetDataBlobRequest.
         * @constructor
         * @param {livekit.GetDataBlobRequest.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const GetDataBlobRequest = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * GetDataBlobRequest requestId.
         * @member {number} requestId
         * @memberof livekit.GetDataBlobRequest
         * @instance
         */
        GetDataBlobRequest.prototype.requestId = 0;

        /**
         * GetDataBlobRequest participantIdentity.
         * @member {string} participantIdentity
         * @memberof livekit.GetDataBlobRequest
         * @instance
         */
        GetDataBlobRequest.prototype.participantIdentity = "";

        /**
         * GetDataBlobRequest key.
         * @member {livekit.DataBlobKey.$Properties|null|undefined} key
         * @memberof livekit.GetDataBlobRequest
         * @instance
         */
        GetDataBlobRequest.prototype.key = null;

        /**
         * Creates a new GetDataBlobRequest instance using the specified properties.
         * @function create
         * @memberof livekit.GetDataBlobRequest
         * @static
         * @param {livekit.GetDataBlobRequest.$Properties=} [properties] Properties to set
         * @returns {livekit.GetDataBlobRequest} GetDataBlobRequest instance
         * @type {{
         *   (properties: livekit.GetDataBlobRequest.$Shape): livekit.GetDataBlobRequest & livekit.GetDataBlobRequest.$Shape;
         *   (properties?: livekit.GetDataBlobRequest.$Properties): livekit.GetDataBlobRequest;
         * }}
         */
        GetDataBlobRequest.create = function(properties) {
            return new GetDataBlobRequest(properties);
        };

        /**
         * Encodes the specified GetDataBlobRequest message. Does not implicitly {@link livekit.GetDataBlobRequest.verify|verify} messages.
         * @function encode
         * @memberof livekit.GetDataBlobRequest
         * @static
         * @param {livekit.GetDataBlobRequest.$Properties} message GetDataBlobRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        GetDataBlobRequest.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId") && message.requestId !== 0)
                writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.requestId);
            if (message.participantIdentity != null && $Object.hasOwnProperty.call(message, "participantIdentity") && message.participantIdentity !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.participantIdentity);
            if (message.key != null && $Object.hasOwnProperty.call(message, "key"))
                $root.livekit.DataBlobKey.encode(message.key, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified GetDataBlobRequest message, length delimited. Does not implicitly {@link livekit.GetDataBlobRequest.verify|verify} messages.
         * @function encodeDelimited
         * @memberof livekit.GetDataBlobRequest
         * @static
         * @param {livekit.GetDataBlobRequest.$Properties} message GetDataBlobRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        GetDataBlobRequest.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a GetDataBlobRequest message from the specified reader or buffer.
         * @function decode
         * @memberof livekit.GetDataBlobRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {livekit.GetDataBlobRequest & livekit.GetDataBlobRequest.$Shape} GetDataBlobRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        GetDataBlobRequest.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.livekit.GetDataBlobRequest();
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
                        if (value = reader.uint32())
                            message.requestId = value;
                        else
                            delete message.requestId;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.participantIdentity = value;
                        else
                            delete message.participantIdentity;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        message.key = $root.livekit.DataBlobKey.decode(reader, reader.size(), $undefined, _depth + 1, message.key);
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

        /**
         * Decodes a GetDataBlobRequest message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof livekit.GetDataBlobRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {livekit.GetDataBlobRequest & livekit.GetDataBlobRequest.$Shape} GetDataBlobRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        GetDataBlobRequest.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a GetDataBlobRequest message.
         * @function verify
         * @memberof livekit.GetDataBlobRequest
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        GetDataBlobRequest.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId"))
                if (!$util.isInteger(message.requestId))
                    return "requestId: integer expected";
            if (message.participantIdentity != null && $Object.hasOwnProperty.call(message, "participantIdentity"))
                if (!$util.isString(message.participantIdentity))
                    return "participantIdentity: string expected";
            if (message.key != null && $Object.hasOwnProperty.call(message, "key")) {
                let error = $root.livekit.DataBlobKey.verify(message.key, _depth + 1);
                if (error)
                    return "key." + error;
            }
            return null;
        };

        /**
         * Creates a GetDataBlobRequest message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof livekit.GetDataBlobRequest
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {livekit.GetDataBlobRequest} GetDataBlobRequest
         */
        GetDataBlobRequest.fromObject = function (object, _depth) {
            if (object instanceof $root.livekit.GetDataBlobRequest)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".livekit.GetDataBlobRequest: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.livekit.GetDataBlobRequest();
            if (object.requestId != null)
                if ($Number(object.requestId) !== 0)
                    message.requestId = object.requestId >>> 0;
            if (object.participantIdentity != null)
                if (typeof object.participantIdentity !== "string" || object.participantIdentity.length)
                    message.participantIdentity = $String(object.participantIdentity);
            if (object.key != null) {
                if (!$util.isObject(object.key))
                    throw $TypeError(".livekit.GetDataBlobRequest.key: object expected");
                message.key = $root.livekit.DataBlobKey.fromObject(object.key, _depth + 1);
            }
            return message;
        };

        /**
         * Creates a plain object from a GetDataBlobRequest message. Also converts values to other types if specified.
         * @function toObject
         * @memberof livekit.GetDataBlobRequest
         * @static
         * @param {livekit.GetDataBlobRequest} message GetDataBlobRequest
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        GetDataBlobRequest.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.requestId = 0;
                object.participantIdentity = "";
                object.key = null;
            }
            if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId"))
                object.requestId = message.requestId;
            if (message.participantIdentity != null && $Object.hasOwnProperty.call(message, "participantIdentity"))
                object.participantIdentity = message.participantIdentity;
            if (message.key != null && $Object.hasOwnProperty.call(message, "key"))
                object.key = $root.livekit.DataBlobKey.toObject(message.key, options, _depth + 1);
            return object;
        };

        /**
         * Converts this GetDataBlobRequest to JSON.
         * @function toJSON
         * @memberof livekit.GetDataBlobRequest
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        GetDataBlobRequest.prototype.toJSON = function() {
            return GetDataBlobRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for GetDataBlobRequest
         * @function getTypeUrl
         * @memberof livekit.GetDataBlobRequest
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        GetDataBlobRequest.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/livekit.GetDataBlobRequest";
        };

        return GetDataBlobRequest;
    })();

    livekit.GetDataBlobResponse = (function() {

        /**
         * Properties of a GetDataBlobResponse.
         * @typedef {Object} livekit.GetDataBlobResponse.$Properties
         * @property {number|null} [requestId] GetDataBlobResponse requestId
         * @property {livekit.DataBlob.$Properties|null} [blob] GetDataBlobResponse blob
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a GetDataBlobResponse.
         * @memberof livekit
         * @interface IGetDataBlobResponse
         * @augments livekit.GetDataBlobResponse.$Properties
         * @deprecated Use livekit.GetDataBlobResponse.$Properties instead.
         */

        /**
         * Shape of a GetDataBlobResponse.
         * @typedef {{
         *   requestId?: number|null;
         *   blob?: livekit.DataBlob.$Shape|null;
         *   $unknowns?: Array.<Uint8Array>;
         * }} livekit.GetDataBlobResponse.$Shape
         */

        /**
         * Constructs a new GetDataBlobResponse.
         * @memberof livekit
         * @classdesc Represents a GetDataBlobResponse.
         * @constructor
         * @param {livekit.GetDataBlobResponse.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const GetDataBlobResponse = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * GetDataBlobResponse requestId.
         * @member {number} requestId
         * @memberof livekit.GetDataBlobResponse
         * @instance
         */
        GetDataBlobResponse.prototype.requestId = 0;

        /**
         * GetDataBlobResponse blob.
         * @member {livekit.DataBlob.$Properties|null|undefined} blob
         * @memberof livekit.GetDataBlobResponse
         * @instance
         */
        GetDataBlobResponse.prototype.blob = null;

        /**
         * Creates a new GetDataBlobResponse instance using the specified properties.
         * @function create
         * @memberof livekit.GetDataBlobResponse
         * @static
         * @param {livekit.GetDataBlobResponse.$Properties=} [properties] Properties to set
         * @returns {livekit.GetDataBlobResponse} GetDataBlobResponse instance
         * @type {{
         *   (properties: livekit.GetDataBlobResponse.$Shape): livekit.GetDataBlobResponse & livekit.GetDataBlobResponse.$Shape;
         *   (properties?: livekit.GetDataBlobResponse.$Properties): livekit.GetDataBlobResponse;
         * }}
         */
        GetDataBlobResponse.create = function(properties) {
            return new GetDataBlobResponse(properties);
        };

        /**
         * Encodes the specified GetDataBlobResponse message. Does not implicitly {@link livekit.GetDataBlobResponse.verify|verify} messages.
         * @function encode
         * @memberof livekit.GetDataBlobResponse
         * @static
         * @param {livekit.GetDataBlobResponse.$Properties} message GetDataBlobResponse message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        GetDataBlobResponse.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId") && message.requestId !== 0)
                writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.requestId);
            if (message.blob != null && $Object.hasOwnProperty.call(message, "blob"))
                $root.livekit.DataBlob.encode(message.blob, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified GetDataBlobResponse message, length delimited. Does not implicitly {@link livekit.GetDataBlobResponse.verify|verify} messages.
         * @function encodeDelimited
         * @memberof livekit.GetDataBlobResponse
         * @static
         * @param {livekit.GetDataBlobResponse.$Properties} message GetDataBlobResponse message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        GetDataBlobResponse.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a GetDataBlobResponse message from the specified reader or buffer.
         * @function decode
         * @memberof livekit.GetDataBlobResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {livekit.GetDataBlobResponse & livekit.GetDataBlobResponse.$Shape} GetDataBlobResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        GetDataBlobResponse.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.livekit.GetDataBlobResponse();
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
                        if (value = reader.uint32())
                            message.requestId = value;
                        else
                            delete message.requestId;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        message.blob = $root.livekit.DataBlob.decode(reader, reader.size(), $undefined, _depth + 1, message.blob);
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

        /**
         * Decodes a GetDataBlobResponse message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof livekit.GetDataBlobResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {livekit.GetDataBlobResponse & livekit.GetDataBlobResponse.$Shape} GetDataBlobResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        GetDataBlobResponse.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a GetDataBlobResponse message.
         * @function verify
         * @memberof livekit.GetDataBlobResponse
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        GetDataBlobResponse.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId"))
                if (!$util.isInteger(message.requestId))
                    return "requestId: integer expected";
            if (message.blob != null && $Object.hasOwnProperty.call(message, "blob")) {
                let error = $root.livekit.DataBlob.verify(message.blob, _depth + 1);
                if (error)
                    return "blob." + error;
            }
            return null;
        };

        /**
         * Creates a GetDataBlobResponse message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof livekit.GetDataBlobResponse
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {livekit.GetDataBlobResponse} GetDataBlobResponse
         */
        GetDataBlobResponse.fromObject = function (object, _depth) {
            if (object instanceof $root.livekit.GetDataBlobResponse)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".livekit.GetDataBlobResponse: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.livekit.GetDataBlobResponse();
            if (object.requestId != null)
                if ($Number(object.requestId) !== 0)
                    message.requestId = object.requestId >>> 0;
            if (object.blob != null) {
                if (!$util.isObject(object.blob))
                    throw $TypeError(".livekit.GetDataBlobResponse.blob: object expected");
                message.blob = $root.livekit.DataBlob.fromObject(object.blob, _depth + 1);
            }
            return message;
        };

        /**
         * Creates a plain object from a GetDataBlobResponse message. Also converts values to other types if specified.
         * @function toObject
         * @memberof livekit.GetDataBlobResponse
         * @static
         * @param {livekit.GetDataBlobResponse} message GetDataBlobResponse
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        GetDataBlobResponse.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.requestId = 0;
                object.blob = null;
            }
            if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId"))
                object.requestId = message.requestId;
            if (message.blob != null && $Object.hasOwnProperty.call(message, "blob"))
                object.blob = $root.livekit.DataBlob.toObject(message.blob, options, _depth + 1);
            return object;
        };

        /**
         * Converts this GetDataBlobResponse to JSON.
         * @function toJSON
         * @memberof livekit.GetDataBlobResponse
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        GetDataBlobResponse.prototype.toJSON = function() {
            return GetDataBlobResponse.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for GetDataBlobResponse
         * @function getTypeUrl
         * @memberof livekit.GetDataBlobResponse
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        GetDataBlobResponse.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/livekit.GetDataBlobResponse";
        };

        return GetDataBlobResponse;
    })();

    livekit.Room = (function() {

        /**
         * Properties of a Room.
         * @typedef {Object} livekit.Room.$Properties
         * @property {string|null} [sid] Room sid
         * @property {string|null} [name] Room name
         * @property {number|null} [emptyTimeout] Room emptyTimeout
         * @property {number|null} [maxParticipants] Room maxParticipants
         * @property {number|Long|null} [creationTime] Room creationTime
         * @property {string|null} [turnPassword] Room turnPassword
         * @property {string|null} [metadata] Room metadata
         * @property {number|null} [numParticipants] Room numParticipants
         * @property {boolean|null} [activeRecording] Room activeRecording
         * @property {number|null} [numPublishers] Room numPublishers
         * @property {number|null} [departureTimeout] Room departureTimeout
         * @property {number|Long|null} [creationTimeMs] Room creationTimeMs
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Room.
         * @memberof livekit
         * @interface IRoom
         * @augments livekit.Room.$Properties
         * @deprecated Use livekit.Room.$Properties instead.
         */

        /**
         * Shape of a Room.
         * @typedef {livekit.Room.$Properties} livekit.Room.$Shape
         */

        /**
         * Constructs a new Room.
         * @memberof livekit
         * @classdesc Represents a Room.
         * @constructor
         * @param {livekit.Room.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Room = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Room sid.
         * @member {string} sid
         * @memberof livekit.Room
         * @instance
         */
        Room.prototype.sid = "";

        /**
         * Room name.
         * @member {string} name
         * @memberof livekit.Room
         * @instance
         */
        Room.prototype.name = "";

        /**
         * Room emptyTimeout.
         * @member {number} emptyTimeout
         * @memberof livekit.Room
         * @instance
         */
        Room.prototype.emptyTimeout = 0;

        /**
         * Room maxParticipants.
         * @member {number} maxParticipants
         * @memberof livekit.Room
         * @instance
         */
        Room.prototype.maxParticipants = 0;

        /**
         * Room creationTime.
         * @member {number|Long} creationTime
         * @memberof livekit.Room
         * @instance
         */
        Room.prototype.creationTime = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * Room turnPassword.
         * @member {string} turnPassword
         * @memberof livekit.Room
         * @instance
         */
        Room.prototype.turnPassword = "";

        /**
         * Room metadata.
         * @member {string} metadata
         * @memberof livekit.Room
         * @instance
         */
        Room.prototype.metadata = "";

        /**
         * Room numParticipants.
         * @member {number} numParticipants
         * @memberof livekit.Room
         * @instance
         */
        Room.prototype.numParticipants = 0;

        /**
         * Room activeRecording.
         * @member {boolean} activeRecording
         * @memberof livekit.Room
         * @instance
         */
        Room.prototype.activeRecording = false;

        /**
         * Room numPublishers.
         * @member {number} numPublishers
         * @memberof livekit.Room
         * @instance
         */
        Room.prototype.numPublishers = 0;

        /**
         * Room departureTimeout.
         * @member {number} departureTimeout
         * @memberof livekit.Room
         * @instance
         */
        Room.prototype.departureTimeout = 0;

        /**
         * Room creationTimeMs.
         * @member {number|Long} creationTimeMs
         * @memberof livekit.Room
         * @instance
         */
        Room.prototype.creationTimeMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * Creates a new Room instance using the specified properties.
         * @function create
         * @memberof livekit.Room
         * @static
         * @param {livekit.Room.$Properties=} [properties] Properties to set
         * @returns {livekit.Room} Room instance
         * @type {{
         *   (properties: livekit.Room.$Shape): livekit.Room & livekit.Room.$Shape;
         *   (properties?: livekit.Room.$Properties): livekit.Room;
         * }}
         */
        Room.create = function(properties) {
            return new Room(properties);
        };

        /**
         * Encodes the specified Room message. Does not implicitly {@link livekit.Room.verify|verify} messages.
         * @function encode
         * @memberof livekit.Room
         * @static
         * @param {livekit.Room.$Properties} message Room message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Room.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.sid != null && $Object.hasOwnProperty.call(message, "sid") && message.sid !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.sid);
            if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.name);
            if (message.emptyTimeout != null && $Object.hasOwnProperty.call(message, "emptyTimeout") && message.emptyTimeout !== 0)
                writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.emptyTimeout);
            if (message.maxParticipants != null && $Object.hasOwnProperty.call(message, "maxParticipants") && message.maxParticipants !== 0)
                writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.maxParticipants);
            if (message.creationTime != null && $Object.hasOwnProperty.call(message, "creationTime") && (typeof message.creationTime === "object" ? message.creationTime.low || message.creationTime.high : message.creationTime !== 0))
                writer.uint32(/* id 5, wireType 0 =*/40).int64(message.creationTime);
            if (message.turnPassword != null && $Object.hasOwnProperty.call(message, "turnPassword") && message.turnPassword !== "")
                writer.uint32(/* id 6, wireType 2 =*/50).string(message.turnPassword);
            if (message.metadata != null && $Object.hasOwnProperty.call(message, "metadata") && message.metadata !== "")
                writer.uint32(/* id 8, wireType 2 =*/66).string(message.metadata);
            if (message.numParticipants != null && $Object.hasOwnProperty.call(message, "numParticipants") && message.numParticipants !== 0)
                writer.uint32(/* id 9, wireType 0 =*/72).uint32(message.numParticipants);
            if (message.activeRecording != null && $Object.hasOwnProperty.call(message, "activeRecording") && message.activeRecording !== false)
                writer.uint32(/* id 10, wireType 0 =*/80).bool(message.activeRecording);
            if (message.numPublishers != null && $Object.hasOwnProperty.call(message, "numPublishers") && message.numPublishers !== 0)
                writer.uint32(/* id 11, wireType 0 =*/88).uint32(message.numPublishers);
            if (message.departureTimeout != null && $Object.hasOwnProperty.call(message, "departureTimeout") && message.departureTimeout !== 0)
                writer.uint32(/* id 14, wireType 0 =*/112).uint32(message.departureTimeout);
            if (message.creationTimeMs != null && $Object.hasOwnProperty.call(message, "creationTimeMs") && (typeof message.creationTimeMs === "object" ? message.creationTimeMs.low || message.creationTimeMs.high : message.creationTimeMs !== 0))
                writer.uint32(/* id 15, wireType 0 =*/120).int64(message.creationTimeMs);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified Room message, length delimited. Does not implicitly {@link livekit.Room.verify|verify} messages.
         * @function encodeDelimited
         * @memberof livekit.Room
         * @static
         * @param {livekit.Room.$Properties} message Room message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Room.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a Room message from the specified reader or buffer.
         * @function decode
         * @memberof livekit.Room
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {livekit.Room & livekit.Room.$Shape} Room
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Room.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.livekit.Room();
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
                        if ((value = reader.stringVerify()).length)
                            message.sid = value;
                        else
                            delete message.sid;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.name = value;
                        else
                            delete message.name;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.emptyTimeout = value;
                        else
                            delete message.emptyTimeout;
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.maxParticipants = value;
                        else
                            delete message.maxParticipants;
                        continue;
                    }
                case 5: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.creationTime = value;
                        else
                            delete message.creationTime;
                        continue;
                    }
                case 6: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.turnPassword = value;
                        else
                            delete message.turnPassword;
                        continue;
                    }
                case 8: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.metadata = value;
                        else
                            delete message.metadata;
                        continue;
                    }
                case 9: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.numParticipants = value;
                        else
                            delete message.numParticipants;
                        continue;
                    }
                case 10: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.activeRecording = value;
                        else
                            delete message.activeRecording;
                        continue;
                    }
                case 11: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.numPublishers = value;
                        else
                            delete message.numPublishers;
                        continue;
                    }
                case 14: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.departureTimeout = value;
                        else
                            delete message.departureTimeout;
                        continue;
                    }
                case 15: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.creationTimeMs = value;
                        else
                            delete message.creationTimeMs;
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

        /**
         * Decodes a Room message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof livekit.Room
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {livekit.Room & livekit.Room.$Shape} Room
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Room.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a Room message.
         * @function verify
         * @memberof livekit.Room
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        Room.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.sid != null && $Object.hasOwnProperty.call(message, "sid"))
                if (!$util.isString(message.sid))
                    return "sid: string expected";
            if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                if (!$util.isString(message.name))
                    return "name: string expected";
            if (message.emptyTimeout != null && $Object.hasOwnProperty.call(message, "emptyTimeout"))
                if (!$util.isInteger(message.emptyTimeout))
                    return "emptyTimeout: integer expected";
            if (message.maxParticipants != null && $Object.hasOwnProperty.call(message, "maxParticipants"))
                if (!$util.isInteger(message.maxParticipants))
                    return "maxParticipants: integer expected";
            if (message.creationTime != null && $Object.hasOwnProperty.call(message, "creationTime"))
                if (!$util.isInteger(message.creationTime) && !(message.creationTime && $util.isInteger(message.creationTime.low) && $util.isInteger(message.creationTime.high)))
                    return "creationTime: integer|Long expected";
            if (message.turnPassword != null && $Object.hasOwnProperty.call(message, "turnPassword"))
                if (!$util.isString(message.turnPassword))
                    return "turnPassword: string expected";
            if (message.metadata != null && $Object.hasOwnProperty.call(message, "metadata"))
                if (!$util.isString(message.metadata))
                    return "metadata: string expected";
            if (message.numParticipants != null && $Object.hasOwnProperty.call(message, "numParticipants"))
                if (!$util.isInteger(message.numParticipants))
                    return "numParticipants: integer expected";
            if (message.activeRecording != null && $Object.hasOwnProperty.call(message, "activeRecording"))
                if (typeof message.activeRecording !== "boolean")
                    return "activeRecording: boolean expected";
            if (message.numPublishers != null && $Object.hasOwnProperty.call(message, "numPublishers"))
                if (!$util.isInteger(message.numPublishers))
                    return "numPublishers: integer expected";
            if (message.departureTimeout != null && $Object.hasOwnProperty.call(message, "departureTimeout"))
                if (!$util.isInteger(message.departureTimeout))
                    return "departureTimeout: integer expected";
            if (message.creationTimeMs != null && $Object.hasOwnProperty.call(message, "creationTimeMs"))
                if (!$util.isInteger(message.creationTimeMs) && !(message.creationTimeMs && $util.isInteger(message.creationTimeMs.low) && $util.isInteger(message.creationTimeMs.high)))
                    return "creationTimeMs: integer|Long expected";
            return null;
        };

        /**
         * Creates a Room message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof livekit.Room
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {livekit.Room} Room
         */
        Room.fromObject = function (object, _depth) {
            if (object instanceof $root.livekit.Room)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".livekit.Room: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.livekit.Room();
            if (object.sid != null)
                if (typeof object.sid !== "string" || object.sid.length)
                    message.sid = $String(object.sid);
            if (object.name != null)
                if (typeof object.name !== "string" || object.name.length)
                    message.name = $String(object.name);
            if (object.emptyTimeout != null)
                if ($Number(object.emptyTimeout) !== 0)
                    message.emptyTimeout = object.emptyTimeout >>> 0;
            if (object.maxParticipants != null)
                if ($Number(object.maxParticipants) !== 0)
                    message.maxParticipants = object.maxParticipants >>> 0;
            if (object.creationTime != null)
                if (typeof object.creationTime === "object" ? object.creationTime.low || object.creationTime.high : $Number(object.creationTime) !== 0)
                    if ($util.Long)
                        message.creationTime = $util.Long.fromValue(object.creationTime, false);
                    else if (typeof object.creationTime === "string")
                        message.creationTime = $parseInt(object.creationTime, 10);
                    else if (typeof object.creationTime === "number")
                        message.creationTime = object.creationTime;
                    else if (typeof object.creationTime === "object")
                        message.creationTime = new $util.LongBits(object.creationTime.low >>> 0, object.creationTime.high >>> 0).toNumber();
            if (object.turnPassword != null)
                if (typeof object.turnPassword !== "string" || object.turnPassword.length)
                    message.turnPassword = $String(object.turnPassword);
            if (object.metadata != null)
                if (typeof object.metadata !== "string" || object.metadata.length)
                    message.metadata = $String(object.metadata);
            if (object.numParticipants != null)
                if ($Number(object.numParticipants) !== 0)
                    message.numParticipants = object.numParticipants >>> 0;
            if (object.activeRecording != null)
                if (object.activeRecording)
                    message.activeRecording = $Boolean(object.activeRecording);
            if (object.numPublishers != null)
                if ($Number(object.numPublishers) !== 0)
                    message.numPublishers = object.numPublishers >>> 0;
            if (object.departureTimeout != null)
                if ($Number(object.departureTimeout) !== 0)
                    message.departureTimeout = object.departureTimeout >>> 0;
            if (object.creationTimeMs != null)
                if (typeof object.creationTimeMs === "object" ? object.creationTimeMs.low || object.creationTimeMs.high : $Number(object.creationTimeMs) !== 0)
                    if ($util.Long)
                        message.creationTimeMs = $util.Long.fromValue(object.creationTimeMs, false);
                    else if (typeof object.creationTimeMs === "string")
                        message.creationTimeMs = $parseInt(object.creationTimeMs, 10);
                    else if (typeof object.creationTimeMs === "number")
                        message.creationTimeMs = object.creationTimeMs;
                    else if (typeof object.creationTimeMs === "object")
                        message.creationTimeMs = new $util.LongBits(object.creationTimeMs.low >>> 0, object.creationTimeMs.high >>> 0).toNumber();
            return message;
        };

        /**
         * Creates a plain object from a Room message. Also converts values to other types if specified.
         * @function toObject
         * @memberof livekit.Room
         * @static
         * @param {livekit.Room} message Room
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        Room.toObject = function (message, options, _depth) {
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
                object.emptyTimeout = 0;
                object.maxParticipants = 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.creationTime = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.creationTime = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                object.turnPassword = "";
                object.metadata = "";
                object.numParticipants = 0;
                object.activeRecording = false;
                object.numPublishers = 0;
                object.departureTimeout = 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.creationTimeMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.creationTimeMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
            }
            if (message.sid != null && $Object.hasOwnProperty.call(message, "sid"))
                object.sid = message.sid;
            if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                object.name = message.name;
            if (message.emptyTimeout != null && $Object.hasOwnProperty.call(message, "emptyTimeout"))
                object.emptyTimeout = message.emptyTimeout;
            if (message.maxParticipants != null && $Object.hasOwnProperty.call(message, "maxParticipants"))
                object.maxParticipants = message.maxParticipants;
            if (message.creationTime != null && $Object.hasOwnProperty.call(message, "creationTime"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.creationTime = typeof message.creationTime === "number" ? $BigInt(message.creationTime) : $util.Long.fromBits(message.creationTime.low >>> 0, message.creationTime.high >>> 0, false).toBigInt();
                else if (typeof message.creationTime === "number")
                    object.creationTime = options.longs === $String ? $String(message.creationTime) : message.creationTime;
                else
                    object.creationTime = options.longs === $String ? $util.Long.prototype.toString.call(message.creationTime) : options.longs === $Number ? new $util.LongBits(message.creationTime.low >>> 0, message.creationTime.high >>> 0).toNumber() : message.creationTime;
            if (message.turnPassword != null && $Object.hasOwnProperty.call(message, "turnPassword"))
                object.turnPassword = message.turnPassword;
            if (message.metadata != null && $Object.hasOwnProperty.call(message, "metadata"))
                object.metadata = message.metadata;
            if (message.numParticipants != null && $Object.hasOwnProperty.call(message, "numParticipants"))
                object.numParticipants = message.numParticipants;
            if (message.activeRecording != null && $Object.hasOwnProperty.call(message, "activeRecording"))
                object.activeRecording = message.activeRecording;
            if (message.numPublishers != null && $Object.hasOwnProperty.call(message, "numPublishers"))
                object.numPublishers = message.numPublishers;
            if (message.departureTimeout != null && $Object.hasOwnProperty.call(message, "departureTimeout"))
                object.departureTimeout = message.departureTimeout;
            if (message.creationTimeMs != null && $Object.hasOwnProperty.call(message, "creationTimeMs"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.creationTimeMs = typeof message.creationTimeMs === "number" ? $BigInt(message.creationTimeMs) : $util.Long.fromBits(message.creationTimeMs.low >>> 0, message.creationTimeMs.high >>> 0, false).toBigInt();
                else if (typeof message.creationTimeMs === "number")
                    object.creationTimeMs = options.longs === $String ? $String(message.creationTimeMs) : message.creationTimeMs;
                else
                    object.creationTimeMs = options.longs === $String ? $util.Long.prototype.toString.call(message.creationTimeMs) : options.longs === $Number ? new $util.LongBits(message.creationTimeMs.low >>> 0, message.creationTimeMs.high >>> 0).toNumber() : message.creationTimeMs;
            return object;
        };

        /**
         * Converts this Room to JSON.
         * @function toJSON
         * @memberof livekit.Room
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        Room.prototype.toJSON = function() {
            return Room.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for Room
         * @function getTypeUrl
         * @memberof livekit.Room
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        Room.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/livekit.Room";
        };

        return Room;
    })();

    livekit.ParticipantPermission = (function() {

        /**
         * Properties of a ParticipantPermission.
         * @typedef {Object} livekit.ParticipantPermission.$Properties
         * @property {boolean|null} [canSubscribe] ParticipantPermission canSubscribe
         * @property {boolean|null} [canPublish] ParticipantPermission canPublish
         * @property {boolean|null} [canPublishData] ParticipantPermission canPublishData
         * @property {boolean|null} [hidden] ParticipantPermission hidden
         * @property {boolean|null} [recorder] ParticipantPermission recorder
         * @property {boolean|null} [canUpdateMetadata] ParticipantPermission canUpdateMetadata
         * @property {boolean|null} [agent] ParticipantPermission agent
         * @property {boolean|null} [canSubscribeMetrics] ParticipantPermission canSubscribeMetrics
         * @property {boolean|null} [canManageAgentSession] ParticipantPermission canManageAgentSession
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a ParticipantPermission.
         * @memberof livekit
         * @interface IParticipantPermission
         * @augments livekit.ParticipantPermission.$Properties
         * @deprecated Use livekit.ParticipantPermission.$Properties instead.
         */

        /**
         * Shape of a ParticipantPermission.
         * @typedef {livekit.ParticipantPermission.$Properties} livekit.ParticipantPermission.$Shape
         */

        /**
         * Constructs a new ParticipantPermission.
         * @memberof livekit
         * @classdesc Represents a ParticipantPermission.
         * @constructor
         * @param {livekit.ParticipantPermission.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const ParticipantPermission = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * ParticipantPermission canSubscribe.
         * @member {boolean} canSubscribe
         * @memberof livekit.ParticipantPermission
         * @instance
         */
        ParticipantPermission.prototype.canSubscribe = false;

        /**
         * ParticipantPermission canPublish.
         * @member {boolean} canPublish
         * @memberof livekit.ParticipantPermission
         * @instance
         */
        ParticipantPermission.prototype.canPublish = false;

        /**
         * ParticipantPermission canPublishData.
         * @member {boolean} canPublishData
         * @memberof livekit.ParticipantPermission
         * @instance
         */
        ParticipantPermission.prototype.canPublishData = false;

        /**
         * ParticipantPermission hidden.
         * @member {boolean} hidden
         * @memberof livekit.ParticipantPermission
         * @instance
         */
        ParticipantPermission.prototype.hidden = false;

        /**
         * ParticipantPermission recorder.
         * @member {boolean} recorder
         * @memberof livekit.ParticipantPermission
         * @instance
         */
        ParticipantPermission.prototype.recorder = false;

        /**
         * ParticipantPermission canUpdateMetadata.
         * @member {boolean} canUpdateMetadata
         * @memberof livekit.ParticipantPermission
         * @instance
         */
        ParticipantPermission.prototype.canUpdateMetadata = false;

        /**
         * ParticipantPermission agent.
         * @member {boolean} agent
         * @memberof livekit.ParticipantPermission
         * @instance
         */
        ParticipantPermission.prototype.agent = false;

        /**
         * ParticipantPermission canSubscribeMetrics.
         * @member {boolean} canSubscribeMetrics
         * @memberof livekit.ParticipantPermission
         * @instance
         */
        ParticipantPermission.prototype.canSubscribeMetrics = false;

        /**
         * ParticipantPermission canManageAgentSession.
         * @member {boolean} canManageAgentSession
         * @memberof livekit.ParticipantPermission
         * @instance
         */
        ParticipantPermission.prototype.canManageAgentSession = false;

        /**
         * Creates a new ParticipantPermission instance using the specified properties.
         * @function create
         * @memberof livekit.ParticipantPermission
         * @static
         * @param {livekit.ParticipantPermission.$Properties=} [properties] Properties to set
         * @returns {livekit.ParticipantPermission} ParticipantPermission instance
         * @type {{
         *   (properties: livekit.ParticipantPermission.$Shape): livekit.ParticipantPermission & livekit.ParticipantPermission.$Shape;
         *   (properties?: livekit.ParticipantPermission.$Properties): livekit.ParticipantPermission;
         * }}
         */
        ParticipantPermission.create = function(properties) {
            return new ParticipantPermission(properties);
        };

        /**
         * Encodes the specified ParticipantPermission message. Does not implicitly {@link livekit.ParticipantPermission.verify|verify} messages.
         * @function encode
         * @memberof livekit.ParticipantPermission
         * @static
         * @param {livekit.ParticipantPermission.$Properties} message ParticipantPermission message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ParticipantPermission.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.canSubscribe != null && $Object.hasOwnProperty.call(message, "canSubscribe") && message.canSubscribe !== false)
                writer.uint32(/* id 1, wireType 0 =*/8).bool(message.canSubscribe);
            if (message.canPublish != null && $Object.hasOwnProperty.call(message, "canPublish") && message.canPublish !== false)
                writer.uint32(/* id 2, wireType 0 =*/16).bool(message.canPublish);
            if (message.canPublishData != null && $Object.hasOwnProperty.call(message, "canPublishData") && message.canPublishData !== false)
                writer.uint32(/* id 3, wireType 0 =*/24).bool(message.canPublishData);
            if (message.hidden != null && $Object.hasOwnProperty.call(message, "hidden") && message.hidden !== false)
                writer.uint32(/* id 7, wireType 0 =*/56).bool(message.hidden);
            if (message.recorder != null && $Object.hasOwnProperty.call(message, "recorder") && message.recorder !== false)
                writer.uint32(/* id 8, wireType 0 =*/64).bool(message.recorder);
            if (message.canUpdateMetadata != null && $Object.hasOwnProperty.call(message, "canUpdateMetadata") && message.canUpdateMetadata !== false)
                writer.uint32(/* id 10, wireType 0 =*/80).bool(message.canUpdateMetadata);
            if (message.agent != null && $Object.hasOwnProperty.call(message, "agent") && message.agent !== false)
                writer.uint32(/* id 11, wireType 0 =*/88).bool(message.agent);
            if (message.canSubscribeMetrics != null && $Object.hasOwnProperty.call(message, "canSubscribeMetrics") && message.canSubscribeMetrics !== false)
                writer.uint32(/* id 12, wireType 0 =*/96).bool(message.canSubscribeMetrics);
            if (message.canManageAgentSession != null && $Object.hasOwnProperty.call(message, "canManageAgentSession") && message.canManageAgentSession !== false)
                writer.uint32(/* id 13, wireType 0 =*/104).bool(message.canManageAgentSession);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified ParticipantPermission message, length delimited. Does not implicitly {@link livekit.ParticipantPermission.verify|verify} messages.
         * @function encodeDelimited
         * @memberof livekit.ParticipantPermission
         * @static
         * @param {livekit.ParticipantPermission.$Properties} message ParticipantPermission message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ParticipantPermission.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a ParticipantPermission message from the specified reader or buffer.
         * @function decode
         * @memberof livekit.ParticipantPermission
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {livekit.ParticipantPermission & livekit.ParticipantPermission.$Shape} ParticipantPermission
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
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
            message = _target || new $root.livekit.ParticipantPermission();
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
                        if (value = reader.bool())
                            message.canSubscribe = value;
                        else
                            delete message.canSubscribe;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.canPublish = value;
                        else
                            delete message.canPublish;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.canPublishData = value;
                        else
                            delete message.canPublishData;
                        continue;
                    }
                case 7: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.hidden = value;
                        else
                            delete message.hidden;
                        continue;
                    }
                case 8: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.recorder = value;
                        else
                            delete message.recorder;
                        continue;
                    }
                case 10: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.canUpdateMetadata = value;
                        else
                            delete message.canUpdateMetadata;
                        continue;
                    }
                case 11: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.agent = value;
                        else
                            delete message.agent;
                        continue;
                    }
                case 12: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.canSubscribeMetrics = value;
                        else
                            delete message.canSubscribeMetrics;
                        continue;
                    }
                case 13: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.canManageAgentSession = value;
                        else
                            delete message.canManageAgentSession;
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

        /**
         * Decodes a ParticipantPermission message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof livekit.ParticipantPermission
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {livekit.ParticipantPermission & livekit.ParticipantPermission.$Shape} ParticipantPermission
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ParticipantPermission.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a ParticipantPermission message.
         * @function verify
         * @memberof livekit.ParticipantPermission
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        ParticipantPermission.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.canSubscribe != null && $Object.hasOwnProperty.call(message, "canSubscribe"))
                if (typeof message.canSubscribe !== "boolean")
                    return "canSubscribe: boolean expected";
            if (message.canPublish != null && $Object.hasOwnProperty.call(message, "canPublish"))
                if (typeof message.canPublish !== "boolean")
                    return "canPublish: boolean expected";
            if (message.canPublishData != null && $Object.hasOwnProperty.call(message, "canPublishData"))
                if (typeof message.canPublishData !== "boolean")
                    return "canPublishData: boolean expected";
            if (message.hidden != null && $Object.hasOwnProperty.call(message, "hidden"))
                if (typeof message.hidden !== "boolean")
                    return "hidden: boolean expected";
            if (message.recorder != null && $Object.hasOwnProperty.call(message, "recorder"))
                if (typeof message.recorder !== "boolean")
                    return "recorder: boolean expected";
            if (message.canUpdateMetadata != null && $Object.hasOwnProperty.call(message, "canUpdateMetadata"))
                if (typeof message.canUpdateMetadata !== "boolean")
                    return "canUpdateMetadata: boolean expected";
            if (message.agent != null && $Object.hasOwnProperty.call(message, "agent"))
                if (typeof message.agent !== "boolean")
                    return "agent: boolean expected";
            if (message.canSubscribeMetrics != null && $Object.hasOwnProperty.call(message, "canSubscribeMetrics"))
                if (typeof message.canSubscribeMetrics !== "boolean")
                    return "canSubscribeMetrics: boolean expected";
            if (message.canManageAgentSession != null && $Object.hasOwnProperty.call(message, "canManageAgentSession"))
                if (typeof message.canManageAgentSession !== "boolean")
                    return "canManageAgentSession: boolean expected";
            return null;
        };

        /**
         * Creates a ParticipantPermission message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof livekit.ParticipantPermission
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {livekit.ParticipantPermission} ParticipantPermission
         */
        ParticipantPermission.fromObject = function (object, _depth) {
            if (object instanceof $root.livekit.ParticipantPermission)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".livekit.ParticipantPermission: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.livekit.ParticipantPermission();
            if (object.canSubscribe != null)
                if (object.canSubscribe)
                    message.canSubscribe = $Boolean(object.canSubscribe);
            if (object.canPublish != null)
                if (object.canPublish)
                    message.canPublish = $Boolean(object.canPublish);
            if (object.canPublishData != null)
                if (object.canPublishData)
                    message.canPublishData = $Boolean(object.canPublishData);
            if (object.hidden != null)
                if (object.hidden)
                    message.hidden = $Boolean(object.hidden);
            if (object.recorder != null)
                if (object.recorder)
                    message.recorder = $Boolean(object.recorder);
            if (object.canUpdateMetadata != null)
                if (object.canUpdateMetadata)
                    message.canUpdateMetadata = $Boolean(object.canUpdateMetadata);
            if (object.agent != null)
                if (object.agent)
                    message.agent = $Boolean(object.agent);
            if (object.canSubscribeMetrics != null)
                if (object.canSubscribeMetrics)
                    message.canSubscribeMetrics = $Boolean(object.canSubscribeMetrics);
            if (object.canManageAgentSession != null)
                if (object.canManageAgentSession)
                    message.canManageAgentSession = $Boolean(object.canManageAgentSession);
            return message;
        };

        /**
         * Creates a plain object from a ParticipantPermission message. Also converts values to other types if specified.
         * @function toObject
         * @memberof livekit.ParticipantPermission
         * @static
         * @param {livekit.ParticipantPermission} message ParticipantPermission
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        ParticipantPermission.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.canSubscribe = false;
                object.canPublish = false;
                object.canPublishData = false;
                object.hidden = false;
                object.recorder = false;
                object.canUpdateMetadata = false;
                object.agent = false;
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
            if (message.recorder != null && $Object.hasOwnProperty.call(message, "recorder"))
                object.recorder = message.recorder;
            if (message.canUpdateMetadata != null && $Object.hasOwnProperty.call(message, "canUpdateMetadata"))
                object.canUpdateMetadata = message.canUpdateMetadata;
            if (message.agent != null && $Object.hasOwnProperty.call(message, "agent"))
                object.agent = message.agent;
            if (message.canSubscribeMetrics != null && $Object.hasOwnProperty.call(message, "canSubscribeMetrics"))
                object.canSubscribeMetrics = message.canSubscribeMetrics;
            if (message.canManageAgentSession != null && $Object.hasOwnProperty.call(message, "canManageAgentSession"))
                object.canManageAgentSession = message.canManageAgentSession;
            return object;
        };

        /**
         * Converts this ParticipantPermission to JSON.
         * @function toJSON
         * @memberof livekit.ParticipantPermission
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        ParticipantPermission.prototype.toJSON = function() {
            return ParticipantPermission.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for ParticipantPermission
         * @function getTypeUrl
         * @memberof livekit.ParticipantPermission
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        ParticipantPermission.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/livekit.ParticipantPermission";
        };

        return ParticipantPermission;
    })();

    livekit.ParticipantInfo = (function() {

        /**
         * Properties of a ParticipantInfo.
         * @typedef {Object} livekit.ParticipantInfo.$Properties
         * @property {string|null} [sid] ParticipantInfo sid
         * @property {string|null} [identity] ParticipantInfo identity
         * @property {livekit.ParticipantInfo.State|null} [state] ParticipantInfo state
         * @property {string|null} [metadata] ParticipantInfo metadata
         * @property {number|Long|null} [joinedAt] ParticipantInfo joinedAt
         * @property {string|null} [name] ParticipantInfo name
         * @property {number|null} [version] ParticipantInfo version
         * @property {livekit.ParticipantPermission.$Properties|null} [permission] ParticipantInfo permission
         * @property {string|null} [region] ParticipantInfo region
         * @property {boolean|null} [isPublisher] ParticipantInfo isPublisher
         * @property {livekit.ParticipantInfo.Kind|null} [kind] ParticipantInfo kind
         * @property {Object.<string,string>|null} [attributes] ParticipantInfo attributes
         * @property {livekit.DisconnectReason|null} [disconnectReason] ParticipantInfo disconnectReason
         * @property {number|Long|null} [joinedAtMs] ParticipantInfo joinedAtMs
         * @property {Array.<livekit.DataTrackInfo.$Properties>|null} [dataTracks] ParticipantInfo dataTracks
         * @property {number|null} [clientProtocol] ParticipantInfo clientProtocol
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a ParticipantInfo.
         * @memberof livekit
         * @interface IParticipantInfo
         * @augments livekit.ParticipantInfo.$Properties
         * @deprecated Use livekit.ParticipantInfo.$Properties instead.
         */

        /**
         * Shape of a ParticipantInfo.
         * @typedef {{
         *   sid?: string|null;
         *   identity?: string|null;
         *   state?: livekit.ParticipantInfo.State|null;
         *   metadata?: string|null;
         *   joinedAt?: number|Long|null;
         *   name?: string|null;
         *   version?: number|null;
         *   permission?: livekit.ParticipantPermission.$Shape|null;
         *   region?: string|null;
         *   isPublisher?: boolean|null;
         *   kind?: livekit.ParticipantInfo.Kind|null;
         *   attributes?: Object.<string,string>|null;
         *   disconnectReason?: livekit.DisconnectReason|null;
         *   joinedAtMs?: number|Long|null;
         *   dataTracks?: Array.<livekit.DataTrackInfo.$Shape>|null;
         *   clientProtocol?: number|null;
         *   $unknowns?: Array.<Uint8Array>;
         * }} livekit.ParticipantInfo.$Shape
         */

        /**
         * Constructs a new ParticipantInfo.
         * @memberof livekit
         * @classdesc Represents a ParticipantInfo.
         * @constructor
         * @param {livekit.ParticipantInfo.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const ParticipantInfo = function (properties) {
            this.attributes = {};
            this.dataTracks = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * ParticipantInfo sid.
         * @member {string} sid
         * @memberof livekit.ParticipantInfo
         * @instance
         */
        ParticipantInfo.prototype.sid = "";

        /**
         * ParticipantInfo identity.
         * @member {string} identity
         * @memberof livekit.ParticipantInfo
         * @instance
         */
        ParticipantInfo.prototype.identity = "";

        /**
         * ParticipantInfo state.
         * @member {livekit.ParticipantInfo.State} state
         * @memberof livekit.ParticipantInfo
         * @instance
         */
        ParticipantInfo.prototype.state = 0;

        /**
         * ParticipantInfo metadata.
         * @member {string} metadata
         * @memberof livekit.ParticipantInfo
         * @instance
         */
        ParticipantInfo.prototype.metadata = "";

        /**
         * ParticipantInfo joinedAt.
         * @member {number|Long} joinedAt
         * @memberof livekit.ParticipantInfo
         * @instance
         */
        ParticipantInfo.prototype.joinedAt = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * ParticipantInfo name.
         * @member {string} name
         * @memberof livekit.ParticipantInfo
         * @instance
         */
        ParticipantInfo.prototype.name = "";

        /**
         * ParticipantInfo version.
         * @member {number} version
         * @memberof livekit.ParticipantInfo
         * @instance
         */
        ParticipantInfo.prototype.version = 0;

        /**
         * ParticipantInfo permission.
         * @member {livekit.ParticipantPermission.$Properties|null|undefined} permission
         * @memberof livekit.ParticipantInfo
         * @instance
         */
        ParticipantInfo.prototype.permission = null;

        /**
         * ParticipantInfo region.
         * @member {string} region
         * @memberof livekit.ParticipantInfo
         * @instance
         */
        ParticipantInfo.prototype.region = "";

        /**
         * ParticipantInfo isPublisher.
         * @member {boolean} isPublisher
         * @memberof livekit.ParticipantInfo
         * @instance
         */
        ParticipantInfo.prototype.isPublisher = false;

        /**
         * ParticipantInfo kind.
         * @member {livekit.ParticipantInfo.Kind} kind
         * @memberof livekit.ParticipantInfo
         * @instance
         */
        ParticipantInfo.prototype.kind = 0;

        /**
         * ParticipantInfo attributes.
         * @member {Object.<string,string>} attributes
         * @memberof livekit.ParticipantInfo
         * @instance
         */
        ParticipantInfo.prototype.attributes = $util.emptyObject;

        /**
         * ParticipantInfo disconnectReason.
         * @member {livekit.DisconnectReason} disconnectReason
         * @memberof livekit.ParticipantInfo
         * @instance
         */
        ParticipantInfo.prototype.disconnectReason = 0;

        /**
         * ParticipantInfo joinedAtMs.
         * @member {number|Long} joinedAtMs
         * @memberof livekit.ParticipantInfo
         * @instance
         */
        ParticipantInfo.prototype.joinedAtMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * ParticipantInfo dataTracks.
         * @member {Array.<livekit.DataTrackInfo.$Properties>} dataTracks
         * @memberof livekit.ParticipantInfo
         * @instance
         */
        ParticipantInfo.prototype.dataTracks = $util.emptyArray;

        /**
         * ParticipantInfo clientProtocol.
         * @member {number} clientProtocol
         * @memberof livekit.ParticipantInfo
         * @instance
         */
        ParticipantInfo.prototype.clientProtocol = 0;

        /**
         * Creates a new ParticipantInfo instance using the specified properties.
         * @function create
         * @memberof livekit.ParticipantInfo
         * @static
         * @param {livekit.ParticipantInfo.$Properties=} [properties] Properties to set
         * @returns {livekit.ParticipantInfo} ParticipantInfo instance
         * @type {{
         *   (properties: livekit.ParticipantInfo.$Shape): livekit.ParticipantInfo & livekit.ParticipantInfo.$Shape;
         *   (properties?: livekit.ParticipantInfo.$Properties): livekit.ParticipantInfo;
         * }}
         */
        ParticipantInfo.create = function(properties) {
            return new ParticipantInfo(properties);
        };

        /**
         * Encodes the specified ParticipantInfo message. Does not implicitly {@link livekit.ParticipantInfo.verify|verify} messages.
         * @function encode
         * @memberof livekit.ParticipantInfo
         * @static
         * @param {livekit.ParticipantInfo.$Properties} message ParticipantInfo message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ParticipantInfo.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.sid != null && $Object.hasOwnProperty.call(message, "sid") && message.sid !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.sid);
            if (message.identity != null && $Object.hasOwnProperty.call(message, "identity") && message.identity !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.identity);
            if (message.state != null && $Object.hasOwnProperty.call(message, "state") && message.state !== 0)
                writer.uint32(/* id 3, wireType 0 =*/24).int32(message.state);
            if (message.metadata != null && $Object.hasOwnProperty.call(message, "metadata") && message.metadata !== "")
                writer.uint32(/* id 5, wireType 2 =*/42).string(message.metadata);
            if (message.joinedAt != null && $Object.hasOwnProperty.call(message, "joinedAt") && (typeof message.joinedAt === "object" ? message.joinedAt.low || message.joinedAt.high : message.joinedAt !== 0))
                writer.uint32(/* id 6, wireType 0 =*/48).int64(message.joinedAt);
            if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                writer.uint32(/* id 9, wireType 2 =*/74).string(message.name);
            if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== 0)
                writer.uint32(/* id 10, wireType 0 =*/80).uint32(message.version);
            if (message.permission != null && $Object.hasOwnProperty.call(message, "permission"))
                $root.livekit.ParticipantPermission.encode(message.permission, writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
            if (message.region != null && $Object.hasOwnProperty.call(message, "region") && message.region !== "")
                writer.uint32(/* id 12, wireType 2 =*/98).string(message.region);
            if (message.isPublisher != null && $Object.hasOwnProperty.call(message, "isPublisher") && message.isPublisher !== false)
                writer.uint32(/* id 13, wireType 0 =*/104).bool(message.isPublisher);
            if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== 0)
                writer.uint32(/* id 14, wireType 0 =*/112).int32(message.kind);
            if (message.attributes != null && $Object.hasOwnProperty.call(message, "attributes"))
                for (let keys = $Object.keys(message.attributes), i = 0; i < keys.length; ++i)
                    writer.uint32(/* id 15, wireType 2 =*/122).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.attributes[keys[i]]).ldelim();
            if (message.disconnectReason != null && $Object.hasOwnProperty.call(message, "disconnectReason") && message.disconnectReason !== 0)
                writer.uint32(/* id 16, wireType 0 =*/128).int32(message.disconnectReason);
            if (message.joinedAtMs != null && $Object.hasOwnProperty.call(message, "joinedAtMs") && (typeof message.joinedAtMs === "object" ? message.joinedAtMs.low || message.joinedAtMs.high : message.joinedAtMs !== 0))
                writer.uint32(/* id 17, wireType 0 =*/136).int64(message.joinedAtMs);
            if (message.dataTracks != null && message.dataTracks.length)
                for (let i = 0; i < message.dataTracks.length; ++i)
                    $root.livekit.DataTrackInfo.encode(message.dataTracks[i], writer.uint32(/* id 19, wireType 2 =*/154).fork(), _depth + 1).ldelim();
            if (message.clientProtocol != null && $Object.hasOwnProperty.call(message, "clientProtocol") && message.clientProtocol !== 0)
                writer.uint32(/* id 20, wireType 0 =*/160).int32(message.clientProtocol);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified ParticipantInfo message, length delimited. Does not implicitly {@link livekit.ParticipantInfo.verify|verify} messages.
         * @function encodeDelimited
         * @memberof livekit.ParticipantInfo
         * @static
         * @param {livekit.ParticipantInfo.$Properties} message ParticipantInfo message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ParticipantInfo.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a ParticipantInfo message from the specified reader or buffer.
         * @function decode
         * @memberof livekit.ParticipantInfo
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {livekit.ParticipantInfo & livekit.ParticipantInfo.$Shape} ParticipantInfo
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
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
            message = _target || new $root.livekit.ParticipantInfo();
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
                        if ((value = reader.stringVerify()).length)
                            message.sid = value;
                        else
                            delete message.sid;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.identity = value;
                        else
                            delete message.identity;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.state = value;
                        else
                            delete message.state;
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.metadata = value;
                        else
                            delete message.metadata;
                        continue;
                    }
                case 6: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.joinedAt = value;
                        else
                            delete message.joinedAt;
                        continue;
                    }
                case 9: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.name = value;
                        else
                            delete message.name;
                        continue;
                    }
                case 10: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.version = value;
                        else
                            delete message.version;
                        continue;
                    }
                case 11: {
                        if (wireType !== 2)
                            break;
                        message.permission = $root.livekit.ParticipantPermission.decode(reader, reader.size(), $undefined, _depth + 1, message.permission);
                        continue;
                    }
                case 12: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.region = value;
                        else
                            delete message.region;
                        continue;
                    }
                case 13: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.isPublisher = value;
                        else
                            delete message.isPublisher;
                        continue;
                    }
                case 14: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.kind = value;
                        else
                            delete message.kind;
                        continue;
                    }
                case 15: {
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
                                key = reader.stringVerify();
                                continue;
                            case 2:
                                if (wireType !== 2)
                                    break;
                                value = reader.stringVerify();
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
                case 16: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.disconnectReason = value;
                        else
                            delete message.disconnectReason;
                        continue;
                    }
                case 17: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.joinedAtMs = value;
                        else
                            delete message.joinedAtMs;
                        continue;
                    }
                case 19: {
                        if (wireType !== 2)
                            break;
                        if (!(message.dataTracks && message.dataTracks.length))
                            message.dataTracks = [];
                        message.dataTracks.push($root.livekit.DataTrackInfo.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 20: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.clientProtocol = value;
                        else
                            delete message.clientProtocol;
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

        /**
         * Decodes a ParticipantInfo message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof livekit.ParticipantInfo
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {livekit.ParticipantInfo & livekit.ParticipantInfo.$Shape} ParticipantInfo
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ParticipantInfo.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a ParticipantInfo message.
         * @function verify
         * @memberof livekit.ParticipantInfo
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        ParticipantInfo.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.sid != null && $Object.hasOwnProperty.call(message, "sid"))
                if (!$util.isString(message.sid))
                    return "sid: string expected";
            if (message.identity != null && $Object.hasOwnProperty.call(message, "identity"))
                if (!$util.isString(message.identity))
                    return "identity: string expected";
            if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                if (typeof message.state !== "number" || (message.state | 0) !== message.state)
                    return "state: enum value expected";
            if (message.metadata != null && $Object.hasOwnProperty.call(message, "metadata"))
                if (!$util.isString(message.metadata))
                    return "metadata: string expected";
            if (message.joinedAt != null && $Object.hasOwnProperty.call(message, "joinedAt"))
                if (!$util.isInteger(message.joinedAt) && !(message.joinedAt && $util.isInteger(message.joinedAt.low) && $util.isInteger(message.joinedAt.high)))
                    return "joinedAt: integer|Long expected";
            if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                if (!$util.isString(message.name))
                    return "name: string expected";
            if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                if (!$util.isInteger(message.version))
                    return "version: integer expected";
            if (message.permission != null && $Object.hasOwnProperty.call(message, "permission")) {
                let error = $root.livekit.ParticipantPermission.verify(message.permission, _depth + 1);
                if (error)
                    return "permission." + error;
            }
            if (message.region != null && $Object.hasOwnProperty.call(message, "region"))
                if (!$util.isString(message.region))
                    return "region: string expected";
            if (message.isPublisher != null && $Object.hasOwnProperty.call(message, "isPublisher"))
                if (typeof message.isPublisher !== "boolean")
                    return "isPublisher: boolean expected";
            if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                if (typeof message.kind !== "number" || (message.kind | 0) !== message.kind)
                    return "kind: enum value expected";
            if (message.attributes != null && $Object.hasOwnProperty.call(message, "attributes")) {
                if (!$util.isObject(message.attributes))
                    return "attributes: object expected";
                let key = $Object.keys(message.attributes);
                for (let i = 0; i < key.length; ++i)
                    if (!$util.isString(message.attributes[key[i]]))
                        return "attributes: string{k:string} expected";
            }
            if (message.disconnectReason != null && $Object.hasOwnProperty.call(message, "disconnectReason"))
                if (typeof message.disconnectReason !== "number" || (message.disconnectReason | 0) !== message.disconnectReason)
                    return "disconnectReason: enum value expected";
            if (message.joinedAtMs != null && $Object.hasOwnProperty.call(message, "joinedAtMs"))
                if (!$util.isInteger(message.joinedAtMs) && !(message.joinedAtMs && $util.isInteger(message.joinedAtMs.low) && $util.isInteger(message.joinedAtMs.high)))
                    return "joinedAtMs: integer|Long expected";
            if (message.dataTracks != null && $Object.hasOwnProperty.call(message, "dataTracks")) {
                if (!$Array.isArray(message.dataTracks))
                    return "dataTracks: array expected";
                for (let i = 0; i < message.dataTracks.length; ++i) {
                    let error = $root.livekit.DataTrackInfo.verify(message.dataTracks[i], _depth + 1);
                    if (error)
                        return "dataTracks." + error;
                }
            }
            if (message.clientProtocol != null && $Object.hasOwnProperty.call(message, "clientProtocol"))
                if (!$util.isInteger(message.clientProtocol))
                    return "clientProtocol: integer expected";
            return null;
        };

        /**
         * Creates a ParticipantInfo message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof livekit.ParticipantInfo
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {livekit.ParticipantInfo} ParticipantInfo
         */
        ParticipantInfo.fromObject = function (object, _depth) {
            if (object instanceof $root.livekit.ParticipantInfo)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".livekit.ParticipantInfo: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.livekit.ParticipantInfo();
            if (object.sid != null)
                if (typeof object.sid !== "string" || object.sid.length)
                    message.sid = $String(object.sid);
            if (object.identity != null)
                if (typeof object.identity !== "string" || object.identity.length)
                    message.identity = $String(object.identity);
            if (object.state !== 0 && (typeof object.state !== "string" || $root.livekit.ParticipantInfo.State[object.state] !== 0))
                switch (object.state) {
                case "JOINING":
                case 0:
                    message.state = 0;
                    break;
                case "JOINED":
                case 1:
                    message.state = 1;
                    break;
                case "ACTIVE":
                case 2:
                    message.state = 2;
                    break;
                case "DISCONNECTED":
                case 3:
                    message.state = 3;
                    break;
                default:
                    if (typeof object.state === "number" && (object.state | 0) === object.state)
                        message.state = object.state;
                }
            if (object.metadata != null)
                if (typeof object.metadata !== "string" || object.metadata.length)
                    message.metadata = $String(object.metadata);
            if (object.joinedAt != null)
                if (typeof object.joinedAt === "object" ? object.joinedAt.low || object.joinedAt.high : $Number(object.joinedAt) !== 0)
                    if ($util.Long)
                        message.joinedAt = $util.Long.fromValue(object.joinedAt, false);
                    else if (typeof object.joinedAt === "string")
                        message.joinedAt = $parseInt(object.joinedAt, 10);
                    else if (typeof object.joinedAt === "number")
                        message.joinedAt = object.joinedAt;
                    else if (typeof object.joinedAt === "object")
                        message.joinedAt = new $util.LongBits(object.joinedAt.low >>> 0, object.joinedAt.high >>> 0).toNumber();
            if (object.name != null)
                if (typeof object.name !== "string" || object.name.length)
                    message.name = $String(object.name);
            if (object.version != null)
                if ($Number(object.version) !== 0)
                    message.version = object.version >>> 0;
            if (object.permission != null) {
                if (!$util.isObject(object.permission))
                    throw $TypeError(".livekit.ParticipantInfo.permission: object expected");
                message.permission = $root.livekit.ParticipantPermission.fromObject(object.permission, _depth + 1);
            }
            if (object.region != null)
                if (typeof object.region !== "string" || object.region.length)
                    message.region = $String(object.region);
            if (object.isPublisher != null)
                if (object.isPublisher)
                    message.isPublisher = $Boolean(object.isPublisher);
            if (object.kind !== 0 && (typeof object.kind !== "string" || $root.livekit.ParticipantInfo.Kind[object.kind] !== 0))
                switch (object.kind) {
                case "STANDARD":
                case 0:
                    message.kind = 0;
                    break;
                case "INGRESS":
                case 1:
                    message.kind = 1;
                    break;
                case "EGRESS":
                case 2:
                    message.kind = 2;
                    break;
                case "SIP":
                case 3:
                    message.kind = 3;
                    break;
                case "AGENT":
                case 4:
                    message.kind = 4;
                    break;
                case "CONNECTOR":
                case 7:
                    message.kind = 7;
                    break;
                case "BRIDGE":
                case 8:
                    message.kind = 8;
                    break;
                default:
                    if (typeof object.kind === "number" && (object.kind | 0) === object.kind)
                        message.kind = object.kind;
                }
            if (object.attributes) {
                if (!$util.isObject(object.attributes))
                    throw $TypeError(".livekit.ParticipantInfo.attributes: object expected");
                message.attributes = {};
                for (let keys = $Object.keys(object.attributes), i = 0; i < keys.length; ++i) {
                    if (keys[i] === "__proto__")
                        $util.makeProp(message.attributes, keys[i]);
                    message.attributes[keys[i]] = $String(object.attributes[keys[i]]);
                }
            }
            if (object.disconnectReason !== 0 && (typeof object.disconnectReason !== "string" || $root.livekit.DisconnectReason[object.disconnectReason] !== 0))
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
                    if (typeof object.disconnectReason === "number" && (object.disconnectReason | 0) === object.disconnectReason)
                        message.disconnectReason = object.disconnectReason;
                }
            if (object.joinedAtMs != null)
                if (typeof object.joinedAtMs === "object" ? object.joinedAtMs.low || object.joinedAtMs.high : $Number(object.joinedAtMs) !== 0)
                    if ($util.Long)
                        message.joinedAtMs = $util.Long.fromValue(object.joinedAtMs, false);
                    else if (typeof object.joinedAtMs === "string")
                        message.joinedAtMs = $parseInt(object.joinedAtMs, 10);
                    else if (typeof object.joinedAtMs === "number")
                        message.joinedAtMs = object.joinedAtMs;
                    else if (typeof object.joinedAtMs === "object")
                        message.joinedAtMs = new $util.LongBits(object.joinedAtMs.low >>> 0, object.joinedAtMs.high >>> 0).toNumber();
            if (object.dataTracks) {
                if (!$Array.isArray(object.dataTracks))
                    throw $TypeError(".livekit.ParticipantInfo.dataTracks: array expected");
                message.dataTracks = $Array(object.dataTracks.length);
                for (let i = 0; i < object.dataTracks.length; ++i) {
                    if (!$util.isObject(object.dataTracks[i]))
                        throw $TypeError(".livekit.ParticipantInfo.dataTracks: object expected");
                    message.dataTracks[i] = $root.livekit.DataTrackInfo.fromObject(object.dataTracks[i], _depth + 1);
                }
            }
            if (object.clientProtocol != null)
                if ($Number(object.clientProtocol) !== 0)
                    message.clientProtocol = object.clientProtocol | 0;
            return message;
        };

        /**
         * Creates a plain object from a ParticipantInfo message. Also converts values to other types if specified.
         * @function toObject
         * @memberof livekit.ParticipantInfo
         * @static
         * @param {livekit.ParticipantInfo} message ParticipantInfo
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        ParticipantInfo.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
                object.dataTracks = [];
            if (options.objects || options.defaults)
                object.attributes = {};
            if (options.defaults) {
                object.sid = "";
                object.identity = "";
                object.state = options.enums === $String ? "JOINING" : 0;
                object.metadata = "";
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.joinedAt = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.joinedAt = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                object.name = "";
                object.version = 0;
                object.permission = null;
                object.region = "";
                object.isPublisher = false;
                object.kind = options.enums === $String ? "STANDARD" : 0;
                object.disconnectReason = options.enums === $String ? "UNKNOWN_REASON" : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.joinedAtMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.joinedAtMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                object.clientProtocol = 0;
            }
            if (message.sid != null && $Object.hasOwnProperty.call(message, "sid"))
                object.sid = message.sid;
            if (message.identity != null && $Object.hasOwnProperty.call(message, "identity"))
                object.identity = message.identity;
            if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                object.state = options.enums === $String ? $root.livekit.ParticipantInfo.State[message.state] === $undefined ? message.state : $root.livekit.ParticipantInfo.State[message.state] : message.state;
            if (message.metadata != null && $Object.hasOwnProperty.call(message, "metadata"))
                object.metadata = message.metadata;
            if (message.joinedAt != null && $Object.hasOwnProperty.call(message, "joinedAt"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.joinedAt = typeof message.joinedAt === "number" ? $BigInt(message.joinedAt) : $util.Long.fromBits(message.joinedAt.low >>> 0, message.joinedAt.high >>> 0, false).toBigInt();
                else if (typeof message.joinedAt === "number")
                    object.joinedAt = options.longs === $String ? $String(message.joinedAt) : message.joinedAt;
                else
                    object.joinedAt = options.longs === $String ? $util.Long.prototype.toString.call(message.joinedAt) : options.longs === $Number ? new $util.LongBits(message.joinedAt.low >>> 0, message.joinedAt.high >>> 0).toNumber() : message.joinedAt;
            if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                object.name = message.name;
            if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                object.version = message.version;
            if (message.permission != null && $Object.hasOwnProperty.call(message, "permission"))
                object.permission = $root.livekit.ParticipantPermission.toObject(message.permission, options, _depth + 1);
            if (message.region != null && $Object.hasOwnProperty.call(message, "region"))
                object.region = message.region;
            if (message.isPublisher != null && $Object.hasOwnProperty.call(message, "isPublisher"))
                object.isPublisher = message.isPublisher;
            if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                object.kind = options.enums === $String ? $root.livekit.ParticipantInfo.Kind[message.kind] === $undefined ? message.kind : $root.livekit.ParticipantInfo.Kind[message.kind] : message.kind;
            let keys2;
            if (message.attributes && (keys2 = $Object.keys(message.attributes)).length) {
                object.attributes = {};
                for (let j = 0; j < keys2.length; ++j) {
                    if (keys2[j] === "__proto__")
                        $util.makeProp(object.attributes, keys2[j]);
                    object.attributes[keys2[j]] = message.attributes[keys2[j]];
                }
            }
            if (message.disconnectReason != null && $Object.hasOwnProperty.call(message, "disconnectReason"))
                object.disconnectReason = options.enums === $String ? $root.livekit.DisconnectReason[message.disconnectReason] === $undefined ? message.disconnectReason : $root.livekit.DisconnectReason[message.disconnectReason] : message.disconnectReason;
            if (message.joinedAtMs != null && $Object.hasOwnProperty.call(message, "joinedAtMs"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.joinedAtMs = typeof message.joinedAtMs === "number" ? $BigInt(message.joinedAtMs) : $util.Long.fromBits(message.joinedAtMs.low >>> 0, message.joinedAtMs.high >>> 0, false).toBigInt();
                else if (typeof message.joinedAtMs === "number")
                    object.joinedAtMs = options.longs === $String ? $String(message.joinedAtMs) : message.joinedAtMs;
                else
                    object.joinedAtMs = options.longs === $String ? $util.Long.prototype.toString.call(message.joinedAtMs) : options.longs === $Number ? new $util.LongBits(message.joinedAtMs.low >>> 0, message.joinedAtMs.high >>> 0).toNumber() : message.joinedAtMs;
            if (message.dataTracks && message.dataTracks.length) {
                object.dataTracks = $Array(message.dataTracks.length);
                for (let j = 0; j < message.dataTracks.length; ++j)
                    object.dataTracks[j] = $root.livekit.DataTrackInfo.toObject(message.dataTracks[j], options, _depth + 1);
            }
            if (message.clientProtocol != null && $Object.hasOwnProperty.call(message, "clientProtocol"))
                object.clientProtocol = message.clientProtocol;
            return object;
        };

        /**
         * Converts this ParticipantInfo to JSON.
         * @function toJSON
         * @memberof livekit.ParticipantInfo
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        ParticipantInfo.prototype.toJSON = function() {
            return ParticipantInfo.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for ParticipantInfo
         * @function getTypeUrl
         * @memberof livekit.ParticipantInfo
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        ParticipantInfo.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/livekit.ParticipantInfo";
        };

        /**
         * State enum.
         * @name livekit.ParticipantInfo.State
         * @enum {number}
         * @property {number} JOINING=0 JOINING value
         * @property {number} JOINED=1 JOINED value
         * @property {number} ACTIVE=2 ACTIVE value
         * @property {number} DISCONNECTED=3 DISCONNECTED value
         */
        ParticipantInfo.State = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "JOINING"] = 0;
            values[valuesById[1] = "JOINED"] = 1;
            values[valuesById[2] = "ACTIVE"] = 2;
            values[valuesById[3] = "DISCONNECTED"] = 3;
            return values;
        })();

        /**
         * Kind enum.
         * @name livekit.ParticipantInfo.Kind
         * @enum {number}
         * @property {number} STANDARD=0 STANDARD value
         * @property {number} INGRESS=1 INGRESS value
         * @property {number} EGRESS=2 EGRESS value
         * @property {number} SIP=3 SIP value
         * @property {number} AGENT=4 AGENT value
         * @property {number} CONNECTOR=7 CONNECTOR value
         * @property {number} BRIDGE=8 BRIDGE value
         */
        ParticipantInfo.Kind = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "STANDARD"] = 0;
            values[valuesById[1] = "INGRESS"] = 1;
            values[valuesById[2] = "EGRESS"] = 2;
            values[valuesById[3] = "SIP"] = 3;
            values[valuesById[4] = "AGENT"] = 4;
            values[valuesById[7] = "CONNECTOR"] = 7;
            values[valuesById[8] = "BRIDGE"] = 8;
            return values;
        })();

        return ParticipantInfo;
    })();

    livekit.Encryption = (function() {

        /**
         * Properties of an Encryption.
         * @typedef {Object} livekit.Encryption.$Properties
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an Encryption.
         * @memberof livekit
         * @interface IEncryption
         * @augments livekit.Encryption.$Properties
         * @deprecated Use livekit.Encryption.$Properties instead.
         */

        /**
         * Shape of an Encryption.
         * @typedef {livekit.Encryption.$Properties} livekit.Encryption.$Shape
         */

        /**
         * Constructs a new Encryption.
         * @memberof livekit
         * @classdesc Represents an Encryption.
         * @constructor
         * @param {livekit.Encryption.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Encryption = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Creates a new Encryption instance using the specified properties.
         * @function create
         * @memberof livekit.Encryption
         * @static
         * @param {livekit.Encryption.$Properties=} [properties] Properties to set
         * @returns {livekit.Encryption} Encryption instance
         * @type {{
         *   (properties: livekit.Encryption.$Shape): livekit.Encryption & livekit.Encryption.$Shape;
         *   (properties?: livekit.Encryption.$Properties): livekit.Encryption;
         * }}
         */
        Encryption.create = function(properties) {
            return new Encryption(properties);
        };

        /**
         * Encodes the specified Encryption message. Does not implicitly {@link livekit.Encryption.verify|verify} messages.
         * @function encode
         * @memberof livekit.Encryption
         * @static
         * @param {livekit.Encryption.$Properties} message Encryption message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Encryption.encode = function (message, writer, _depth) {
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

        /**
         * Encodes the specified Encryption message, length delimited. Does not implicitly {@link livekit.Encryption.verify|verify} messages.
         * @function encodeDelimited
         * @memberof livekit.Encryption
         * @static
         * @param {livekit.Encryption.$Properties} message Encryption message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Encryption.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes an Encryption message from the specified reader or buffer.
         * @function decode
         * @memberof livekit.Encryption
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {livekit.Encryption & livekit.Encryption.$Shape} Encryption
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Encryption.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.livekit.Encryption();
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

        /**
         * Decodes an Encryption message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof livekit.Encryption
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {livekit.Encryption & livekit.Encryption.$Shape} Encryption
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Encryption.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies an Encryption message.
         * @function verify
         * @memberof livekit.Encryption
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        Encryption.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            return null;
        };

        /**
         * Creates an Encryption message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof livekit.Encryption
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {livekit.Encryption} Encryption
         */
        Encryption.fromObject = function (object, _depth) {
            if (object instanceof $root.livekit.Encryption)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".livekit.Encryption: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            return new $root.livekit.Encryption();
        };

        /**
         * Creates a plain object from an Encryption message. Also converts values to other types if specified.
         * @function toObject
         * @memberof livekit.Encryption
         * @static
         * @param {livekit.Encryption} message Encryption
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        Encryption.toObject = function () {
            return {};
        };

        /**
         * Converts this Encryption to JSON.
         * @function toJSON
         * @memberof livekit.Encryption
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        Encryption.prototype.toJSON = function() {
            return Encryption.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for Encryption
         * @function getTypeUrl
         * @memberof livekit.Encryption
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        Encryption.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/livekit.Encryption";
        };

        /**
         * Type enum.
         * @name livekit.Encryption.Type
         * @enum {number}
         * @property {number} NONE=0 NONE value
         * @property {number} GCM=1 GCM value
         * @property {number} CUSTOM=2 CUSTOM value
         */
        Encryption.Type = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "NONE"] = 0;
            values[valuesById[1] = "GCM"] = 1;
            values[valuesById[2] = "CUSTOM"] = 2;
            return values;
        })();

        return Encryption;
    })();

    livekit.DataTrackFrameEncoding = (function() {

        /**
         * Properties of a DataTrackFrameEncoding.
         * @typedef {Object} livekit.DataTrackFrameEncoding.$Properties
         * @property {livekit.DataTrackFrameEncoding.WellKnownFrameEncoding|null} [wellKnown] DataTrackFrameEncoding wellKnown
         * @property {string|null} [custom] DataTrackFrameEncoding custom
         * @property {"wellKnown"|"custom"} [value] DataTrackFrameEncoding value
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a DataTrackFrameEncoding.
         * @memberof livekit
         * @interface IDataTrackFrameEncoding
         * @augments livekit.DataTrackFrameEncoding.$Properties
         * @deprecated Use livekit.DataTrackFrameEncoding.$Properties instead.
         */

        /**
         * Narrowed shape of a DataTrackFrameEncoding.
         * @typedef {{
         *   wellKnown?: livekit.DataTrackFrameEncoding.WellKnownFrameEncoding|null;
         *   custom?: string|null;
         *   $unknowns?: Array.<Uint8Array>;
         * } & (
         *   ({ value?: undefined; wellKnown?: null; custom?: null }|{ value?: "wellKnown"; wellKnown: livekit.DataTrackFrameEncoding.WellKnownFrameEncoding; custom?: null }|{ value?: "custom"; wellKnown?: null; custom: string })
         * )} livekit.DataTrackFrameEncoding.$Shape
         */

        /**
         * Constructs a new DataTrackFrameEncoding.
         * @memberof livekit
         * @classdesc Represents a DataTrackFrameEncoding.
         * @constructor
         * @param {livekit.DataTrackFrameEncoding.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const DataTrackFrameEncoding = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * DataTrackFrameEncoding wellKnown.
         * @member {livekit.DataTrackFrameEncoding.WellKnownFrameEncoding|null|undefined} wellKnown
         * @memberof livekit.DataTrackFrameEncoding
         * @instance
         */
        DataTrackFrameEncoding.prototype.wellKnown = null;

        /**
         * DataTrackFrameEncoding custom.
         * @member {string|null|undefined} custom
         * @memberof livekit.DataTrackFrameEncoding
         * @instance
         */
        DataTrackFrameEncoding.prototype.custom = null;

        // OneOf field names bound to virtual getters and setters
        let $oneOfFields;

        /**
         * DataTrackFrameEncoding value.
         * @member {"wellKnown"|"custom"|undefined} value
         * @memberof livekit.DataTrackFrameEncoding
         * @instance
         */
        $Object.defineProperty(DataTrackFrameEncoding.prototype, "value", {
            get: $util.oneOfGetter($oneOfFields = ["wellKnown", "custom"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        /**
         * Creates a new DataTrackFrameEncoding instance using the specified properties.
         * @function create
         * @memberof livekit.DataTrackFrameEncoding
         * @static
         * @param {livekit.DataTrackFrameEncoding.$Properties=} [properties] Properties to set
         * @returns {livekit.DataTrackFrameEncoding} DataTrackFrameEncoding instance
         * @type {{
         *   (properties: livekit.DataTrackFrameEncoding.$Shape): livekit.DataTrackFrameEncoding & livekit.DataTrackFrameEncoding.$Shape;
         *   (properties?: livekit.DataTrackFrameEncoding.$Properties): livekit.DataTrackFrameEncoding;
         * }}
         */
        DataTrackFrameEncoding.create = function(properties) {
            return new DataTrackFrameEncoding(properties);
        };

        /**
         * Encodes the specified DataTrackFrameEncoding message. Does not implicitly {@link livekit.DataTrackFrameEncoding.verify|verify} messages.
         * @function encode
         * @memberof livekit.DataTrackFrameEncoding
         * @static
         * @param {livekit.DataTrackFrameEncoding.$Properties} message DataTrackFrameEncoding message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        DataTrackFrameEncoding.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.wellKnown != null && $Object.hasOwnProperty.call(message, "wellKnown"))
                writer.uint32(/* id 1, wireType 0 =*/8).int32(message.wellKnown);
            if (message.custom != null && $Object.hasOwnProperty.call(message, "custom"))
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.custom);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified DataTrackFrameEncoding message, length delimited. Does not implicitly {@link livekit.DataTrackFrameEncoding.verify|verify} messages.
         * @function encodeDelimited
         * @memberof livekit.DataTrackFrameEncoding
         * @static
         * @param {livekit.DataTrackFrameEncoding.$Properties} message DataTrackFrameEncoding message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        DataTrackFrameEncoding.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a DataTrackFrameEncoding message from the specified reader or buffer.
         * @function decode
         * @memberof livekit.DataTrackFrameEncoding
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {livekit.DataTrackFrameEncoding & livekit.DataTrackFrameEncoding.$Shape} DataTrackFrameEncoding
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
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
            message = _target || new $root.livekit.DataTrackFrameEncoding();
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
                        message.wellKnown = reader.int32();
                        message.value = "wellKnown";
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        message.custom = reader.stringVerify();
                        message.value = "custom";
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

        /**
         * Decodes a DataTrackFrameEncoding message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof livekit.DataTrackFrameEncoding
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {livekit.DataTrackFrameEncoding & livekit.DataTrackFrameEncoding.$Shape} DataTrackFrameEncoding
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        DataTrackFrameEncoding.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a DataTrackFrameEncoding message.
         * @function verify
         * @memberof livekit.DataTrackFrameEncoding
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        DataTrackFrameEncoding.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            let properties = {};
            if (message.wellKnown != null && $Object.hasOwnProperty.call(message, "wellKnown")) {
                properties.value = 1;
                if (typeof message.wellKnown !== "number" || (message.wellKnown | 0) !== message.wellKnown)
                    return "wellKnown: enum value expected";
            }
            if (message.custom != null && $Object.hasOwnProperty.call(message, "custom")) {
                if (properties.value === 1)
                    return "value: multiple values";
                properties.value = 1;
                if (!$util.isString(message.custom))
                    return "custom: string expected";
            }
            return null;
        };

        /**
         * Creates a DataTrackFrameEncoding message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof livekit.DataTrackFrameEncoding
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {livekit.DataTrackFrameEncoding} DataTrackFrameEncoding
         */
        DataTrackFrameEncoding.fromObject = function (object, _depth) {
            if (object instanceof $root.livekit.DataTrackFrameEncoding)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".livekit.DataTrackFrameEncoding: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.livekit.DataTrackFrameEncoding();
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
                if (typeof object.wellKnown === "number" && (object.wellKnown | 0) === object.wellKnown)
                    message.wellKnown = object.wellKnown;
            }
            if (object.custom != null)
                message.custom = $String(object.custom);
            return message;
        };

        /**
         * Creates a plain object from a DataTrackFrameEncoding message. Also converts values to other types if specified.
         * @function toObject
         * @memberof livekit.DataTrackFrameEncoding
         * @static
         * @param {livekit.DataTrackFrameEncoding} message DataTrackFrameEncoding
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        DataTrackFrameEncoding.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (message.wellKnown != null && $Object.hasOwnProperty.call(message, "wellKnown")) {
                object.wellKnown = options.enums === $String ? $root.livekit.DataTrackFrameEncoding.WellKnownFrameEncoding[message.wellKnown] === $undefined ? message.wellKnown : $root.livekit.DataTrackFrameEncoding.WellKnownFrameEncoding[message.wellKnown] : message.wellKnown;
                if (options.oneofs)
                    object.value = "wellKnown";
            }
            if (message.custom != null && $Object.hasOwnProperty.call(message, "custom")) {
                object.custom = message.custom;
                if (options.oneofs)
                    object.value = "custom";
            }
            return object;
        };

        /**
         * Converts this DataTrackFrameEncoding to JSON.
         * @function toJSON
         * @memberof livekit.DataTrackFrameEncoding
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        DataTrackFrameEncoding.prototype.toJSON = function() {
            return DataTrackFrameEncoding.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for DataTrackFrameEncoding
         * @function getTypeUrl
         * @memberof livekit.DataTrackFrameEncoding
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        DataTrackFrameEncoding.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/livekit.DataTrackFrameEncoding";
        };

        /**
         * WellKnownFrameEncoding enum.
         * @name livekit.DataTrackFrameEncoding.WellKnownFrameEncoding
         * @enum {number}
         * @property {number} WELL_KNOWN_FRAME_ENCODING_UNSPECIFIED=0 WELL_KNOWN_FRAME_ENCODING_UNSPECIFIED value
         * @property {number} WELL_KNOWN_FRAME_ENCODING_ROS1=1 WELL_KNOWN_FRAME_ENCODING_ROS1 value
         * @property {number} WELL_KNOWN_FRAME_ENCODING_CDR=2 WELL_KNOWN_FRAME_ENCODING_CDR value
         * @property {number} WELL_KNOWN_FRAME_ENCODING_PROTOBUF=3 WELL_KNOWN_FRAME_ENCODING_PROTOBUF value
         * @property {number} WELL_KNOWN_FRAME_ENCODING_FLATBUFFER=4 WELL_KNOWN_FRAME_ENCODING_FLATBUFFER value
         * @property {number} WELL_KNOWN_FRAME_ENCODING_CBOR=5 WELL_KNOWN_FRAME_ENCODING_CBOR value
         * @property {number} WELL_KNOWN_FRAME_ENCODING_MSGPACK=6 WELL_KNOWN_FRAME_ENCODING_MSGPACK value
         * @property {number} WELL_KNOWN_FRAME_ENCODING_JSON=7 WELL_KNOWN_FRAME_ENCODING_JSON value
         */
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

    livekit.DataTrackSchemaEncoding = (function() {

        /**
         * Properties of a DataTrackSchemaEncoding.
         * @typedef {Object} livekit.DataTrackSchemaEncoding.$Properties
         * @property {livekit.DataTrackSchemaEncoding.WellKnownSchemaEncoding|null} [wellKnown] DataTrackSchemaEncoding wellKnown
         * @property {string|null} [custom] DataTrackSchemaEncoding custom
         * @property {"wellKnown"|"custom"} [value] DataTrackSchemaEncoding value
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a DataTrackSchemaEncoding.
         * @memberof livekit
         * @interface IDataTrackSchemaEncoding
         * @augments livekit.DataTrackSchemaEncoding.$Properties
         * @deprecated Use livekit.DataTrackSchemaEncoding.$Properties instead.
         */

        /**
         * Narrowed shape of a DataTrackSchemaEncoding.
         * @typedef {{
         *   wellKnown?: livekit.DataTrackSchemaEncoding.WellKnownSchemaEncoding|null;
         *   custom?: string|null;
         *   $unknowns?: Array.<Uint8Array>;
         * } & (
         *   ({ value?: undefined; wellKnown?: null; custom?: null }|{ value?: "wellKnown"; wellKnown: livekit.DataTrackSchemaEncoding.WellKnownSchemaEncoding; custom?: null }|{ value?: "custom"; wellKnown?: null; custom: string })
         * )} livekit.DataTrackSchemaEncoding.$Shape
         */

        /**
         * Constructs a new DataTrackSchemaEncoding.
         * @memberof livekit
         * @classdesc Represents a DataTrackSchemaEncoding.
         * @constructor
         * @param {livekit.DataTrackSchemaEncoding.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const DataTrackSchemaEncoding = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * DataTrackSchemaEncoding wellKnown.
         * @member {livekit.DataTrackSchemaEncoding.WellKnownSchemaEncoding|null|undefined} wellKnown
         * @memberof livekit.DataTrackSchemaEncoding
         * @instance
         */
        DataTrackSchemaEncoding.prototype.wellKnown = null;

        /**
         * DataTrackSchemaEncoding custom.
         * @member {string|null|undefined} custom
         * @memberof livekit.DataTrackSchemaEncoding
         * @instance
         */
        DataTrackSchemaEncoding.prototype.custom = null;

        // OneOf field names bound to virtual getters and setters
        let $oneOfFields;

        /**
         * DataTrackSchemaEncoding value.
         * @member {"wellKnown"|"custom"|undefined} value
         * @memberof livekit.DataTrackSchemaEncoding
         * @instance
         */
        $Object.defineProperty(DataTrackSchemaEncoding.prototype, "value", {
            get: $util.oneOfGetter($oneOfFields = ["wellKnown", "custom"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        /**
         * Creates a new DataTrackSchemaEncoding instance using the specified properties.
         * @function create
         * @memberof livekit.DataTrackSchemaEncoding
         * @static
         * @param {livekit.DataTrackSchemaEncoding.$Properties=} [properties] Properties to set
         * @returns {livekit.DataTrackSchemaEncoding} DataTrackSchemaEncoding instance
         * @type {{
         *   (properties: livekit.DataTrackSchemaEncoding.$Shape): livekit.DataTrackSchemaEncoding & livekit.DataTrackSchemaEncoding.$Shape;
         *   (properties?: livekit.DataTrackSchemaEncoding.$Properties): livekit.DataTrackSchemaEncoding;
         * }}
         */
        DataTrackSchemaEncoding.create = function(properties) {
            return new DataTrackSchemaEncoding(properties);
        };

        /**
         * Encodes the specified DataTrackSchemaEncoding message. Does not implicitly {@link livekit.DataTrackSchemaEncoding.verify|verify} messages.
         * @function encode
         * @memberof livekit.DataTrackSchemaEncoding
         * @static
         * @param {livekit.DataTrackSchemaEncoding.$Properties} message DataTrackSchemaEncoding message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        DataTrackSchemaEncoding.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.wellKnown != null && $Object.hasOwnProperty.call(message, "wellKnown"))
                writer.uint32(/* id 1, wireType 0 =*/8).int32(message.wellKnown);
            if (message.custom != null && $Object.hasOwnProperty.call(message, "custom"))
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.custom);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified DataTrackSchemaEncoding message, length delimited. Does not implicitly {@link livekit.DataTrackSchemaEncoding.verify|verify} messages.
         * @function encodeDelimited
         * @memberof livekit.DataTrackSchemaEncoding
         * @static
         * @param {livekit.DataTrackSchemaEncoding.$Properties} message DataTrackSchemaEncoding message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        DataTrackSchemaEncoding.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a DataTrackSchemaEncoding message from the specified reader or buffer.
         * @function decode
         * @memberof livekit.DataTrackSchemaEncoding
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {livekit.DataTrackSchemaEncoding & livekit.DataTrackSchemaEncoding.$Shape} DataTrackSchemaEncoding
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
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
            message = _target || new $root.livekit.DataTrackSchemaEncoding();
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
                        message.wellKnown = reader.int32();
                        message.value = "wellKnown";
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        message.custom = reader.stringVerify();
                        message.value = "custom";
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

        /**
         * Decodes a DataTrackSchemaEncoding message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof livekit.DataTrackSchemaEncoding
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {livekit.DataTrackSchemaEncoding & livekit.DataTrackSchemaEncoding.$Shape} DataTrackSchemaEncoding
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        DataTrackSchemaEncoding.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a DataTrackSchemaEncoding message.
         * @function verify
         * @memberof livekit.DataTrackSchemaEncoding
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        DataTrackSchemaEncoding.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            let properties = {};
            if (message.wellKnown != null && $Object.hasOwnProperty.call(message, "wellKnown")) {
                properties.value = 1;
                if (typeof message.wellKnown !== "number" || (message.wellKnown | 0) !== message.wellKnown)
                    return "wellKnown: enum value expected";
            }
            if (message.custom != null && $Object.hasOwnProperty.call(message, "custom")) {
                if (properties.value === 1)
                    return "value: multiple values";
                properties.value = 1;
                if (!$util.isString(message.custom))
                    return "custom: string expected";
            }
            return null;
        };

        /**
         * Creates a DataTrackSchemaEncoding message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof livekit.DataTrackSchemaEncoding
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {livekit.DataTrackSchemaEncoding} DataTrackSchemaEncoding
         */
        DataTrackSchemaEncoding.fromObject = function (object, _depth) {
            if (object instanceof $root.livekit.DataTrackSchemaEncoding)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".livekit.DataTrackSchemaEncoding: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.livekit.DataTrackSchemaEncoding();
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
                if (typeof object.wellKnown === "number" && (object.wellKnown | 0) === object.wellKnown)
                    message.wellKnown = object.wellKnown;
            }
            if (object.custom != null)
                message.custom = $String(object.custom);
            return message;
        };

        /**
         * Creates a plain object from a DataTrackSchemaEncoding message. Also converts values to other types if specified.
         * @function toObject
         * @memberof livekit.DataTrackSchemaEncoding
         * @static
         * @param {livekit.DataTrackSchemaEncoding} message DataTrackSchemaEncoding
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        DataTrackSchemaEncoding.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (message.wellKnown != null && $Object.hasOwnProperty.call(message, "wellKnown")) {
                object.wellKnown = options.enums === $String ? $root.livekit.DataTrackSchemaEncoding.WellKnownSchemaEncoding[message.wellKnown] === $undefined ? message.wellKnown : $root.livekit.DataTrackSchemaEncoding.WellKnownSchemaEncoding[message.wellKnown] : message.wellKnown;
                if (options.oneofs)
                    object.value = "wellKnown";
            }
            if (message.custom != null && $Object.hasOwnProperty.call(message, "custom")) {
                object.custom = message.custom;
                if (options.oneofs)
                    object.value = "custom";
            }
            return object;
        };

        /**
         * Converts this DataTrackSchemaEncoding to JSON.
         * @function toJSON
         * @memberof livekit.DataTrackSchemaEncoding
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        DataTrackSchemaEncoding.prototype.toJSON = function() {
            return DataTrackSchemaEncoding.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for DataTrackSchemaEncoding
         * @function getTypeUrl
         * @memberof livekit.DataTrackSchemaEncoding
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        DataTrackSchemaEncoding.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/livekit.DataTrackSchemaEncoding";
        };

        /**
         * WellKnownSchemaEncoding enum.
         * @name livekit.DataTrackSchemaEncoding.WellKnownSchemaEncoding
         * @enum {number}
         * @property {number} WELL_KNOWN_SCHEMA_ENCODING_UNSPECIFIED=0 WELL_KNOWN_SCHEMA_ENCODING_UNSPECIFIED value
         * @property {number} WELL_KNOWN_SCHEMA_ENCODING_PROTOBUF=1 WELL_KNOWN_SCHEMA_ENCODING_PROTOBUF value
         * @property {number} WELL_KNOWN_SCHEMA_ENCODING_FLATBUFFER=2 WELL_KNOWN_SCHEMA_ENCODING_FLATBUFFER value
         * @property {number} WELL_KNOWN_SCHEMA_ENCODING_ROS1_MSG=3 WELL_KNOWN_SCHEMA_ENCODING_ROS1_MSG value
         * @property {number} WELL_KNOWN_SCHEMA_ENCODING_ROS2_MSG=4 WELL_KNOWN_SCHEMA_ENCODING_ROS2_MSG value
         * @property {number} WELL_KNOWN_SCHEMA_ENCODING_ROS2_IDL=5 WELL_KNOWN_SCHEMA_ENCODING_ROS2_IDL value
         * @property {number} WELL_KNOWN_SCHEMA_ENCODING_OMG_IDL=6 WELL_KNOWN_SCHEMA_ENCODING_OMG_IDL value
         * @property {number} WELL_KNOWN_SCHEMA_ENCODING_JSON_SCHEMA=7 WELL_KNOWN_SCHEMA_ENCODING_JSON_SCHEMA value
         */
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

    livekit.DataTrackSchemaId = (function() {

        /**
         * Properties of a DataTrackSchemaId.
         * @typedef {Object} livekit.DataTrackSchemaId.$Properties
         * @property {string|null} [name] DataTrackSchemaId name
         * @property {livekit.DataTrackSchemaEncoding.$Properties|null} [encoding] DataTrackSchemaId encoding
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a DataTrackSchemaId.
         * @memberof livekit
         * @interface IDataTrackSchemaId
         * @augments livekit.DataTrackSchemaId.$Properties
         * @deprecated Use livekit.DataTrackSchemaId.$Properties instead.
         */

        /**
         * Shape of a DataTrackSchemaId.
         * @typedef {{
         *   name?: string|null;
         *   encoding?: livekit.DataTrackSchemaEncoding.$Shape|null;
         *   $unknowns?: Array.<Uint8Array>;
         * }} livekit.DataTrackSchemaId.$Shape
         */

        /**
         * Constructs a new DataTrackSchemaId.
         * @memberof livekit
         * @classdesc Represents a DataTrackSchemaId.
         * @constructor
         * @param {livekit.DataTrackSchemaId.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const DataTrackSchemaId = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * DataTrackSchemaId name.
         * @member {string} name
         * @memberof livekit.DataTrackSchemaId
         * @instance
         */
        DataTrackSchemaId.prototype.name = "";

        /**
         * DataTrackSchemaId encoding.
         * @member {livekit.DataTrackSchemaEncoding.$Properties|null|undefined} encoding
         * @memberof livekit.DataTrackSchemaId
         * @instance
         */
        DataTrackSchemaId.prototype.encoding = null;

        /**
         * Creates a new DataTrackSchemaId instance using the specified properties.
         * @function create
         * @memberof livekit.DataTrackSchemaId
         * @static
         * @param {livekit.DataTrackSchemaId.$Properties=} [properties] Properties to set
         * @returns {livekit.DataTrackSchemaId} DataTrackSchemaId instance
         * @type {{
         *   (properties: livekit.DataTrackSchemaId.$Shape): livekit.DataTrackSchemaId & livekit.DataTrackSchemaId.$Shape;
         *   (properties?: livekit.DataTrackSchemaId.$Properties): livekit.DataTrackSchemaId;
         * }}
         */
        DataTrackSchemaId.create = function(properties) {
            return new DataTrackSchemaId(properties);
        };

        /**
         * Encodes the specified DataTrackSchemaId message. Does not implicitly {@link livekit.DataTrackSchemaId.verify|verify} messages.
         * @function encode
         * @memberof livekit.DataTrackSchemaId
         * @static
         * @param {livekit.DataTrackSchemaId.$Properties} message DataTrackSchemaId message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        DataTrackSchemaId.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
            if (message.encoding != null && $Object.hasOwnProperty.call(message, "encoding"))
                $root.livekit.DataTrackSchemaEncoding.encode(message.encoding, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified DataTrackSchemaId message, length delimited. Does not implicitly {@link livekit.DataTrackSchemaId.verify|verify} messages.
         * @function encodeDelimited
         * @memberof livekit.DataTrackSchemaId
         * @static
         * @param {livekit.DataTrackSchemaId.$Properties} message DataTrackSchemaId message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        DataTrackSchemaId.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a DataTrackSchemaId message from the specified reader or buffer.
         * @function decode
         * @memberof livekit.DataTrackSchemaId
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {livekit.DataTrackSchemaId & livekit.DataTrackSchemaId.$Shape} DataTrackSchemaId
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        DataTrackSchemaId.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.livekit.DataTrackSchemaId();
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
                        if ((value = reader.stringVerify()).length)
                            message.name = value;
                        else
                            delete message.name;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        message.encoding = $root.livekit.DataTrackSchemaEncoding.decode(reader, reader.size(), $undefined, _depth + 1, message.encoding);
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

        /**
         * Decodes a DataTrackSchemaId message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof livekit.DataTrackSchemaId
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {livekit.DataTrackSchemaId & livekit.DataTrackSchemaId.$Shape} DataTrackSchemaId
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        DataTrackSchemaId.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a DataTrackSchemaId message.
         * @function verify
         * @memberof livekit.DataTrackSchemaId
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        DataTrackSchemaId.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                if (!$util.isString(message.name))
                    return "name: string expected";
            if (message.encoding != null && $Object.hasOwnProperty.call(message, "encoding")) {
                let error = $root.livekit.DataTrackSchemaEncoding.verify(message.encoding, _depth + 1);
                if (error)
                    return "encoding." + error;
            }
            return null;
        };

        /**
         * Creates a DataTrackSchemaId message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof livekit.DataTrackSchemaId
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {livekit.DataTrackSchemaId} DataTrackSchemaId
         */
        DataTrackSchemaId.fromObject = function (object, _depth) {
            if (object instanceof $root.livekit.DataTrackSchemaId)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".livekit.DataTrackSchemaId: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.livekit.DataTrackSchemaId();
            if (object.name != null)
                if (typeof object.name !== "string" || object.name.length)
                    message.name = $String(object.name);
            if (object.encoding != null) {
                if (!$util.isObject(object.encoding))
                    throw $TypeError(".livekit.DataTrackSchemaId.encoding: object expected");
                message.encoding = $root.livekit.DataTrackSchemaEncoding.fromObject(object.encoding, _depth + 1);
            }
            return message;
        };

        /**
         * Creates a plain object from a DataTrackSchemaId message. Also converts values to other types if specified.
         * @function toObject
         * @memberof livekit.DataTrackSchemaId
         * @static
         * @param {livekit.DataTrackSchemaId} message DataTrackSchemaId
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
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
                object.encoding = $root.livekit.DataTrackSchemaEncoding.toObject(message.encoding, options, _depth + 1);
            return object;
        };

        /**
         * Converts this DataTrackSchemaId to JSON.
         * @function toJSON
         * @memberof livekit.DataTrackSchemaId
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        DataTrackSchemaId.prototype.toJSON = function() {
            return DataTrackSchemaId.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for DataTrackSchemaId
         * @function getTypeUrl
         * @memberof livekit.DataTrackSchemaId
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        DataTrackSchemaId.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/livekit.DataTrackSchemaId";
        };

        return DataTrackSchemaId;
    })();

    livekit.DataTrackInfo = (function() {

        /**
         * Properties of a DataTrackInfo.
         * @typedef {Object} livekit.DataTrackInfo.$Properties
         * @property {number|null} [pubHandle] DataTrackInfo pubHandle
         * @property {string|null} [sid] DataTrackInfo sid
         * @property {string|null} [name] DataTrackInfo name
         * @property {livekit.Encryption.Type|null} [encryption] DataTrackInfo encryption
         * @property {livekit.DataTrackFrameEncoding.$Properties|null} [frameEncoding] DataTrackInfo frameEncoding
         * @property {livekit.DataTrackSchemaId.$Properties|null} [schema] DataTrackInfo schema
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a DataTrackInfo.
         * @memberof livekit
         * @interface IDataTrackInfo
         * @augments livekit.DataTrackInfo.$Properties
         * @deprecated Use livekit.DataTrackInfo.$Properties instead.
         */

        /**
         * Shape of a DataTrackInfo.
         * @typedef {{
         *   pubHandle?: number|null;
         *   sid?: string|null;
         *   name?: string|null;
         *   encryption?: livekit.Encryption.Type|null;
         *   frameEncoding?: livekit.DataTrackFrameEncoding.$Shape|null;
         *   schema?: livekit.DataTrackSchemaId.$Shape|null;
         *   $unknowns?: Array.<Uint8Array>;
         * }} livekit.DataTrackInfo.$Shape
         */

        /**
         * Constructs a new DataTrackInfo.
         * @memberof livekit
         * @classdesc Represents a DataTrackInfo.
         * @constructor
         * @param {livekit.DataTrackInfo.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const DataTrackInfo = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * DataTrackInfo pubHandle.
         * @member {number} pubHandle
         * @memberof livekit.DataTrackInfo
         * @instance
         */
        DataTrackInfo.prototype.pubHandle = 0;

        /**
         * DataTrackInfo sid.
         * @member {string} sid
         * @memberof livekit.DataTrackInfo
         * @instance
         */
        DataTrackInfo.prototype.sid = "";

        /**
         * DataTrackInfo name.
         * @member {string} name
         * @memberof livekit.DataTrackInfo
         * @instance
         */
        DataTrackInfo.prototype.name = "";

        /**
         * DataTrackInfo encryption.
         * @member {livekit.Encryption.Type} encryption
         * @memberof livekit.DataTrackInfo
         * @instance
         */
        DataTrackInfo.prototype.encryption = 0;

        /**
         * DataTrackInfo frameEncoding.
         * @member {livekit.DataTrackFrameEncoding.$Properties|null|undefined} frameEncoding
         * @memberof livekit.DataTrackInfo
         * @instance
         */
        DataTrackInfo.prototype.frameEncoding = null;

        /**
         * DataTrackInfo schema.
         * @member {livekit.DataTrackSchemaId.$Properties|null|undefined} schema
         * @memberof livekit.DataTrackInfo
         * @instance
         */
        DataTrackInfo.prototype.schema = null;

        // OneOf field names bound to virtual getters and setters
        let $oneOfFields;

        // Virtual OneOf for proto3 optional field
        $Object.defineProperty(DataTrackInfo.prototype, "_frameEncoding", {
            get: $util.oneOfGetter($oneOfFields = ["frameEncoding"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        // Virtual OneOf for proto3 optional field
        $Object.defineProperty(DataTrackInfo.prototype, "_schema", {
            get: $util.oneOfGetter($oneOfFields = ["schema"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        /**
         * Creates a new DataTrackInfo instance using the specified properties.
         * @function create
         * @memberof livekit.DataTrackInfo
         * @static
         * @param {livekit.DataTrackInfo.$Properties=} [properties] Properties to set
         * @returns {livekit.DataTrackInfo} DataTrackInfo instance
         * @type {{
         *   (properties: livekit.DataTrackInfo.$Shape): livekit.DataTrackInfo & livekit.DataTrackInfo.$Shape;
         *   (properties?: livekit.DataTrackInfo.$Properties): livekit.DataTrackInfo;
         * }}
         */
        DataTrackInfo.create = function(properties) {
            return new DataTrackInfo(properties);
        };

        /**
         * Encodes the specified DataTrackInfo message. Does not implicitly {@link livekit.DataTrackInfo.verify|verify} messages.
         * @function encode
         * @memberof livekit.DataTrackInfo
         * @static
         * @param {livekit.DataTrackInfo.$Properties} message DataTrackInfo message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        DataTrackInfo.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.pubHandle != null && $Object.hasOwnProperty.call(message, "pubHandle") && message.pubHandle !== 0)
                writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.pubHandle);
            if (message.sid != null && $Object.hasOwnProperty.call(message, "sid") && message.sid !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.sid);
            if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.name);
            if (message.encryption != null && $Object.hasOwnProperty.call(message, "encryption") && message.encryption !== 0)
                writer.uint32(/* id 4, wireType 0 =*/32).int32(message.encryption);
            if (message.frameEncoding != null && $Object.hasOwnProperty.call(message, "frameEncoding"))
                $root.livekit.DataTrackFrameEncoding.encode(message.frameEncoding, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
            if (message.schema != null && $Object.hasOwnProperty.call(message, "schema"))
                $root.livekit.DataTrackSchemaId.encode(message.schema, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified DataTrackInfo message, length delimited. Does not implicitly {@link livekit.DataTrackInfo.verify|verify} messages.
         * @function encodeDelimited
         * @memberof livekit.DataTrackInfo
         * @static
         * @param {livekit.DataTrackInfo.$Properties} message DataTrackInfo message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        DataTrackInfo.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a DataTrackInfo message from the specified reader or buffer.
         * @function decode
         * @memberof livekit.DataTrackInfo
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {livekit.DataTrackInfo & livekit.DataTrackInfo.$Shape} DataTrackInfo
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        DataTrackInfo.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.livekit.DataTrackInfo();
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
                        if (value = reader.uint32())
                            message.pubHandle = value;
                        else
                            delete message.pubHandle;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.sid = value;
                        else
                            delete message.sid;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.name = value;
                        else
                            delete message.name;
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.encryption = value;
                        else
                            delete message.encryption;
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        message.frameEncoding = $root.livekit.DataTrackFrameEncoding.decode(reader, reader.size(), $undefined, _depth + 1, message.frameEncoding);
                        message._frameEncoding = "frameEncoding";
                        continue;
                    }
                case 6: {
                        if (wireType !== 2)
                            break;
                        message.schema = $root.livekit.DataTrackSchemaId.decode(reader, reader.size(), $undefined, _depth + 1, message.schema);
                        message._schema = "schema";
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

        /**
         * Decodes a DataTrackInfo message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof livekit.DataTrackInfo
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {livekit.DataTrackInfo & livekit.DataTrackInfo.$Shape} DataTrackInfo
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        DataTrackInfo.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a DataTrackInfo message.
         * @function verify
         * @memberof livekit.DataTrackInfo
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        DataTrackInfo.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            let properties = {};
            if (message.pubHandle != null && $Object.hasOwnProperty.call(message, "pubHandle"))
                if (!$util.isInteger(message.pubHandle))
                    return "pubHandle: integer expected";
            if (message.sid != null && $Object.hasOwnProperty.call(message, "sid"))
                if (!$util.isString(message.sid))
                    return "sid: string expected";
            if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                if (!$util.isString(message.name))
                    return "name: string expected";
            if (message.encryption != null && $Object.hasOwnProperty.call(message, "encryption"))
                if (typeof message.encryption !== "number" || (message.encryption | 0) !== message.encryption)
                    return "encryption: enum value expected";
            if (message.frameEncoding != null && $Object.hasOwnProperty.call(message, "frameEncoding")) {
                properties._frameEncoding = 1;
                {
                    let error = $root.livekit.DataTrackFrameEncoding.verify(message.frameEncoding, _depth + 1);
                    if (error)
                        return "frameEncoding." + error;
                }
            }
            if (message.schema != null && $Object.hasOwnProperty.call(message, "schema")) {
                properties._schema = 1;
                {
                    let error = $root.livekit.DataTrackSchemaId.verify(message.schema, _depth + 1);
                    if (error)
                        return "schema." + error;
                }
            }
            return null;
        };

        /**
         * Creates a DataTrackInfo message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof livekit.DataTrackInfo
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {livekit.DataTrackInfo} DataTrackInfo
         */
        DataTrackInfo.fromObject = function (object, _depth) {
            if (object instanceof $root.livekit.DataTrackInfo)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".livekit.DataTrackInfo: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.livekit.DataTrackInfo();
            if (object.pubHandle != null)
                if ($Number(object.pubHandle) !== 0)
                    message.pubHandle = object.pubHandle >>> 0;
            if (object.sid != null)
                if (typeof object.sid !== "string" || object.sid.length)
                    message.sid = $String(object.sid);
            if (object.name != null)
                if (typeof object.name !== "string" || object.name.length)
                    message.name = $String(object.name);
            if (object.encryption !== 0 && (typeof object.encryption !== "string" || $root.livekit.Encryption.Type[object.encryption] !== 0))
                switch (object.encryption) {
                case "NONE":
                case 0:
                    message.encryption = 0;
                    break;
                case "GCM":
                case 1:
                    message.encryption = 1;
                    break;
                case "CUSTOM":
                case 2:
                    message.encryption = 2;
                    break;
                default:
                    if (typeof object.encryption === "number" && (object.encryption | 0) === object.encryption)
                        message.encryption = object.encryption;
                }
            if (object.frameEncoding != null) {
                if (!$util.isObject(object.frameEncoding))
                    throw $TypeError(".livekit.DataTrackInfo.frameEncoding: object expected");
                message.frameEncoding = $root.livekit.DataTrackFrameEncoding.fromObject(object.frameEncoding, _depth + 1);
            }
            if (object.schema != null) {
                if (!$util.isObject(object.schema))
                    throw $TypeError(".livekit.DataTrackInfo.schema: object expected");
                message.schema = $root.livekit.DataTrackSchemaId.fromObject(object.schema, _depth + 1);
            }
            return message;
        };

        /**
         * Creates a plain object from a DataTrackInfo message. Also converts values to other types if specified.
         * @function toObject
         * @memberof livekit.DataTrackInfo
         * @static
         * @param {livekit.DataTrackInfo} message DataTrackInfo
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        DataTrackInfo.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.pubHandle = 0;
                object.sid = "";
                object.name = "";
                object.encryption = options.enums === $String ? "NONE" : 0;
            }
            if (message.pubHandle != null && $Object.hasOwnProperty.call(message, "pubHandle"))
                object.pubHandle = message.pubHandle;
            if (message.sid != null && $Object.hasOwnProperty.call(message, "sid"))
                object.sid = message.sid;
            if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                object.name = message.name;
            if (message.encryption != null && $Object.hasOwnProperty.call(message, "encryption"))
                object.encryption = options.enums === $String ? $root.livekit.Encryption.Type[message.encryption] === $undefined ? message.encryption : $root.livekit.Encryption.Type[message.encryption] : message.encryption;
            if (message.frameEncoding != null && $Object.hasOwnProperty.call(message, "frameEncoding"))
                object.frameEncoding = $root.livekit.DataTrackFrameEncoding.toObject(message.frameEncoding, options, _depth + 1);
            if (message.schema != null && $Object.hasOwnProperty.call(message, "schema"))
                object.schema = $root.livekit.DataTrackSchemaId.toObject(message.schema, options, _depth + 1);
            return object;
        };

        /**
         * Converts this DataTrackInfo to JSON.
         * @function toJSON
         * @memberof livekit.DataTrackInfo
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        DataTrackInfo.prototype.toJSON = function() {
            return DataTrackInfo.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for DataTrackInfo
         * @function getTypeUrl
         * @memberof livekit.DataTrackInfo
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        DataTrackInfo.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/livekit.DataTrackInfo";
        };

        return DataTrackInfo;
    })();

    livekit.DataBlobKey = (function() {

        /**
         * Properties of a DataBlobKey.
         * @typedef {Object} livekit.DataBlobKey.$Properties
         * @property {string|null} [generic] DataBlobKey generic
         * @property {livekit.DataTrackSchemaId.$Properties|null} [schemaId] DataBlobKey schemaId
         * @property {"generic"|"schemaId"} [key] DataBlobKey key
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a DataBlobKey.
         * @memberof livekit
         * @interface IDataBlobKey
         * @augments livekit.DataBlobKey.$Properties
         * @deprecated Use livekit.DataBlobKey.$Properties instead.
         */

        /**
         * Narrowed shape of a DataBlobKey.
         * @typedef {{
         *   generic?: string|null;
         *   schemaId?: livekit.DataTrackSchemaId.$Shape|null;
         *   $unknowns?: Array.<Uint8Array>;
         * } & (
         *   ({ key?: undefined; generic?: null; schemaId?: null }|{ key?: "generic"; generic: string; schemaId?: null }|{ key?: "schemaId"; generic?: null; schemaId: livekit.DataTrackSchemaId.$Shape })
         * )} livekit.DataBlobKey.$Shape
         */

        /**
         * Constructs a new DataBlobKey.
         * @memberof livekit
         * @classdesc Represents a DataBlobKey.
         * @constructor
         * @param {livekit.DataBlobKey.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const DataBlobKey = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * DataBlobKey generic.
         * @member {string|null|undefined} generic
         * @memberof livekit.DataBlobKey
         * @instance
         */
        DataBlobKey.prototype.generic = null;

        /**
         * DataBlobKey schemaId.
         * @member {livekit.DataTrackSchemaId.$Properties|null|undefined} schemaId
         * @memberof livekit.DataBlobKey
         * @instance
         */
        DataBlobKey.prototype.schemaId = null;

        // OneOf field names bound to virtual getters and setters
        let $oneOfFields;

        /**
         * DataBlobKey key.
         * @member {"generic"|"schemaId"|undefined} key
         * @memberof livekit.DataBlobKey
         * @instance
         */
        $Object.defineProperty(DataBlobKey.prototype, "key", {
            get: $util.oneOfGetter($oneOfFields = ["generic", "schemaId"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        /**
         * Creates a new DataBlobKey instance using the specified properties.
         * @function create
         * @memberof livekit.DataBlobKey
         * @static
         * @param {livekit.DataBlobKey.$Properties=} [properties] Properties to set
         * @returns {livekit.DataBlobKey} DataBlobKey instance
         * @type {{
         *   (properties: livekit.DataBlobKey.$Shape): livekit.DataBlobKey & livekit.DataBlobKey.$Shape;
         *   (properties?: livekit.DataBlobKey.$Properties): livekit.DataBlobKey;
         * }}
         */
        DataBlobKey.create = function(properties) {
            return new DataBlobKey(properties);
        };

        /**
         * Encodes the specified DataBlobKey message. Does not implicitly {@link livekit.DataBlobKey.verify|verify} messages.
         * @function encode
         * @memberof livekit.DataBlobKey
         * @static
         * @param {livekit.DataBlobKey.$Properties} message DataBlobKey message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        DataBlobKey.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.generic != null && $Object.hasOwnProperty.call(message, "generic"))
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.generic);
            if (message.schemaId != null && $Object.hasOwnProperty.call(message, "schemaId"))
                $root.livekit.DataTrackSchemaId.encode(message.schemaId, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified DataBlobKey message, length delimited. Does not implicitly {@link livekit.DataBlobKey.verify|verify} messages.
         * @function encodeDelimited
         * @memberof livekit.DataBlobKey
         * @static
         * @param {livekit.DataBlobKey.$Properties} message DataBlobKey message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        DataBlobKey.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a DataBlobKey message from the specified reader or buffer.
         * @function decode
         * @memberof livekit.DataBlobKey
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {livekit.DataBlobKey & livekit.DataBlobKey.$Shape} DataBlobKey
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        DataBlobKey.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.livekit.DataBlobKey();
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
                        message.generic = reader.stringVerify();
                        message.key = "generic";
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        message.schemaId = $root.livekit.DataTrackSchemaId.decode(reader, reader.size(), $undefined, _depth + 1, message.schemaId);
                        message.key = "schemaId";
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

        /**
         * Decodes a DataBlobKey message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof livekit.DataBlobKey
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {livekit.DataBlobKey & livekit.DataBlobKey.$Shape} DataBlobKey
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        DataBlobKey.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a DataBlobKey message.
         * @function verify
         * @memberof livekit.DataBlobKey
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        DataBlobKey.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            let properties = {};
            if (message.generic != null && $Object.hasOwnProperty.call(message, "generic")) {
                properties.key = 1;
                if (!$util.isString(message.generic))
                    return "generic: string expected";
            }
            if (message.schemaId != null && $Object.hasOwnProperty.call(message, "schemaId")) {
                if (properties.key === 1)
                    return "key: multiple values";
                properties.key = 1;
                {
                    let error = $root.livekit.DataTrackSchemaId.verify(message.schemaId, _depth + 1);
                    if (error)
                        return "schemaId." + error;
                }
            }
            return null;
        };

        /**
         * Creates a DataBlobKey message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof livekit.DataBlobKey
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {livekit.DataBlobKey} DataBlobKey
         */
        DataBlobKey.fromObject = function (object, _depth) {
            if (object instanceof $root.livekit.DataBlobKey)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".livekit.DataBlobKey: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.livekit.DataBlobKey();
            if (object.generic != null)
                message.generic = $String(object.generic);
            if (object.schemaId != null) {
                if (!$util.isObject(object.schemaId))
                    throw $TypeError(".livekit.DataBlobKey.schemaId: object expected");
                message.schemaId = $root.livekit.DataTrackSchemaId.fromObject(object.schemaId, _depth + 1);
            }
            return message;
        };

        /**
         * Creates a plain object from a DataBlobKey message. Also converts values to other types if specified.
         * @function toObject
         * @memberof livekit.DataBlobKey
         * @static
         * @param {livekit.DataBlobKey} message DataBlobKey
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        DataBlobKey.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (message.generic != null && $Object.hasOwnProperty.call(message, "generic")) {
                object.generic = message.generic;
                if (options.oneofs)
                    object.key = "generic";
            }
            if (message.schemaId != null && $Object.hasOwnProperty.call(message, "schemaId")) {
                object.schemaId = $root.livekit.DataTrackSchemaId.toObject(message.schemaId, options, _depth + 1);
                if (options.oneofs)
                    object.key = "schemaId";
            }
            return object;
        };

        /**
         * Converts this DataBlobKey to JSON.
         * @function toJSON
         * @memberof livekit.DataBlobKey
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        DataBlobKey.prototype.toJSON = function() {
            return DataBlobKey.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for DataBlobKey
         * @function getTypeUrl
         * @memberof livekit.DataBlobKey
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        DataBlobKey.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/livekit.DataBlobKey";
        };

        return DataBlobKey;
    })();

    livekit.DataBlob = (function() {

        /**
         * Properties of a DataBlob.
         * @typedef {Object} livekit.DataBlob.$Properties
         * @property {livekit.DataBlobKey.$Properties|null} [key] DataBlob key
         * @property {Uint8Array|null} [contents] DataBlob contents
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a DataBlob.
         * @memberof livekit
         * @interface IDataBlob
         * @augments livekit.DataBlob.$Properties
         * @deprecated Use livekit.DataBlob.$Properties instead.
         */

        /**
         * Shape of a DataBlob.
         * @typedef {{
         *   key?: livekit.DataBlobKey.$Shape|null;
         *   contents?: Uint8Array|null;
         *   $unknowns?: Array.<Uint8Array>;
         * }} livekit.DataBlob.$Shape
         */

        /**
         * Constructs a new DataBlob.
         * @memberof livekit
         * @classdesc Represents a DataBlob.
         * @constructor
         * @param {livekit.DataBlob.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const DataBlob = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * DataBlob key.
         * @member {livekit.DataBlobKey.$Properties|null|undefined} key
         * @memberof livekit.DataBlob
         * @instance
         */
        DataBlob.prototype.key = null;

        /**
         * DataBlob contents.
         * @member {Uint8Array} contents
         * @memberof livekit.DataBlob
         * @instance
         */
        DataBlob.prototype.contents = $util.newBuffer([]);

        /**
         * Creates a new DataBlob instance using the specified properties.
         * @function create
         * @memberof livekit.DataBlob
         * @static
         * @param {livekit.DataBlob.$Properties=} [properties] Properties to set
         * @returns {livekit.DataBlob} DataBlob instance
         * @type {{
         *   (properties: livekit.DataBlob.$Shape): livekit.DataBlob & livekit.DataBlob.$Shape;
         *   (properties?: livekit.DataBlob.$Properties): livekit.DataBlob;
         * }}
         */
        DataBlob.create = function(properties) {
            return new DataBlob(properties);
        };

        /**
         * Encodes the specified DataBlob message. Does not implicitly {@link livekit.DataBlob.verify|verify} messages.
         * @function encode
         * @memberof livekit.DataBlob
         * @static
         * @param {livekit.DataBlob.$Properties} message DataBlob message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        DataBlob.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.key != null && $Object.hasOwnProperty.call(message, "key"))
                $root.livekit.DataBlobKey.encode(message.key, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
            if (message.contents != null && $Object.hasOwnProperty.call(message, "contents") && message.contents.length)
                writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.contents);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified DataBlob message, length delimited. Does not implicitly {@link livekit.DataBlob.verify|verify} messages.
         * @function encodeDelimited
         * @memberof livekit.DataBlob
         * @static
         * @param {livekit.DataBlob.$Properties} message DataBlob message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        DataBlob.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a DataBlob message from the specified reader or buffer.
         * @function decode
         * @memberof livekit.DataBlob
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {livekit.DataBlob & livekit.DataBlob.$Shape} DataBlob
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        DataBlob.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.livekit.DataBlob();
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
                        message.key = $root.livekit.DataBlobKey.decode(reader, reader.size(), $undefined, _depth + 1, message.key);
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.contents = value;
                        else
                            delete message.contents;
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

        /**
         * Decodes a DataBlob message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof livekit.DataBlob
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {livekit.DataBlob & livekit.DataBlob.$Shape} DataBlob
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        DataBlob.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a DataBlob message.
         * @function verify
         * @memberof livekit.DataBlob
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        DataBlob.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.key != null && $Object.hasOwnProperty.call(message, "key")) {
                let error = $root.livekit.DataBlobKey.verify(message.key, _depth + 1);
                if (error)
                    return "key." + error;
            }
            if (message.contents != null && $Object.hasOwnProperty.call(message, "contents"))
                if (!(message.contents && typeof message.contents.length === "number" || $util.isString(message.contents)))
                    return "contents: buffer expected";
            return null;
        };

        /**
         * Creates a DataBlob message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof livekit.DataBlob
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {livekit.DataBlob} DataBlob
         */
        DataBlob.fromObject = function (object, _depth) {
            if (object instanceof $root.livekit.DataBlob)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".livekit.DataBlob: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.livekit.DataBlob();
            if (object.key != null) {
                if (!$util.isObject(object.key))
                    throw $TypeError(".livekit.DataBlob.key: object expected");
                message.key = $root.livekit.DataBlobKey.fromObject(object.key, _depth + 1);
            }
            if (object.contents != null)
                if (object.contents.length)
                    if (typeof object.contents === "string")
                        $util.base64.decode(object.contents, message.contents = $util.newBuffer($util.base64.length(object.contents)), 0);
                    else if (object.contents.length >= 0)
                        message.contents = object.contents;
            return message;
        };

        /**
         * Creates a plain object from a DataBlob message. Also converts values to other types if specified.
         * @function toObject
         * @memberof livekit.DataBlob
         * @static
         * @param {livekit.DataBlob} message DataBlob
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        DataBlob.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.key = null;
                if (options.bytes === $String)
                    object.contents = "";
                else {
                    object.contents = [];
                    if (options.bytes !== $Array)
                        object.contents = $util.newBuffer(object.contents);
                }
            }
            if (message.key != null && $Object.hasOwnProperty.call(message, "key"))
                object.key = $root.livekit.DataBlobKey.toObject(message.key, options, _depth + 1);
            if (message.contents != null && $Object.hasOwnProperty.call(message, "contents"))
                object.contents = options.bytes === $String ? $util.base64.encode(message.contents, 0, message.contents.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.contents) : message.contents;
            return object;
        };

        /**
         * Converts this DataBlob to JSON.
         * @function toJSON
         * @memberof livekit.DataBlob
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        DataBlob.prototype.toJSON = function() {
            return DataBlob.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for DataBlob
         * @function getTypeUrl
         * @memberof livekit.DataBlob
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        DataBlob.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/livekit.DataBlob";
        };

        return DataBlob;
    })();

    livekit.ClientInfo = (function() {

        /**
         * Properties of a ClientInfo.
         * @typedef {Object} livekit.ClientInfo.$Properties
         * @property {livekit.ClientInfo.SDK|null} [sdk] ClientInfo sdk
         * @property {string|null} [version] ClientInfo version
         * @property {number|null} [protocol] ClientInfo protocol
         * @property {string|null} [os] ClientInfo os
         * @property {string|null} [osVersion] ClientInfo osVersion
         * @property {string|null} [deviceModel] ClientInfo deviceModel
         * @property {string|null} [browser] ClientInfo browser
         * @property {string|null} [browserVersion] ClientInfo browserVersion
         * @property {string|null} [address] ClientInfo address
         * @property {string|null} [network] ClientInfo network
         * @property {string|null} [otherSdks] ClientInfo otherSdks
         * @property {number|null} [clientProtocol] ClientInfo clientProtocol
         * @property {Array.<livekit.ClientInfo.Capability>|null} [capabilities] ClientInfo capabilities
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a ClientInfo.
         * @memberof livekit
         * @interface IClientInfo
         * @augments livekit.ClientInfo.$Properties
         * @deprecated Use livekit.ClientInfo.$Properties instead.
         */

        /**
         * Shape of a ClientInfo.
         * @typedef {livekit.ClientInfo.$Properties} livekit.ClientInfo.$Shape
         */

        /**
         * Constructs a new ClientInfo.
         * @memberof livekit
         * @classdesc Represents a ClientInfo.
         * @constructor
         * @param {livekit.ClientInfo.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const ClientInfo = function (properties) {
            this.capabilities = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * ClientInfo sdk.
         * @member {livekit.ClientInfo.SDK} sdk
         * @memberof livekit.ClientInfo
         * @instance
         */
        ClientInfo.prototype.sdk = 0;

        /**
         * ClientInfo version.
         * @member {string} version
         * @memberof livekit.ClientInfo
         * @instance
         */
        ClientInfo.prototype.version = "";

        /**
         * ClientInfo protocol.
         * @member {number} protocol
         * @memberof livekit.ClientInfo
         * @instance
         */
        ClientInfo.prototype.protocol = 0;

        /**
         * ClientInfo os.
         * @member {string} os
         * @memberof livekit.ClientInfo
         * @instance
         */
        ClientInfo.prototype.os = "";

        /**
         * ClientInfo osVersion.
         * @member {string} osVersion
         * @memberof livekit.ClientInfo
         * @instance
         */
        ClientInfo.prototype.osVersion = "";

        /**
         * ClientInfo deviceModel.
         * @member {string} deviceModel
         * @memberof livekit.ClientInfo
         * @instance
         */
        ClientInfo.prototype.deviceModel = "";

        /**
         * ClientInfo browser.
         * @member {string} browser
         * @memberof livekit.ClientInfo
         * @instance
         */
        ClientInfo.prototype.browser = "";

        /**
         * ClientInfo browserVersion.
         * @member {string} browserVersion
         * @memberof livekit.ClientInfo
         * @instance
         */
        ClientInfo.prototype.browserVersion = "";

        /**
         * ClientInfo address.
         * @member {string} address
         * @memberof livekit.ClientInfo
         * @instance
         */
        ClientInfo.prototype.address = "";

        /**
         * ClientInfo network.
         * @member {string} network
         * @memberof livekit.ClientInfo
         * @instance
         */
        ClientInfo.prototype.network = "";

        /**
         * ClientInfo otherSdks.
         * @member {string} otherSdks
         * @memberof livekit.ClientInfo
         * @instance
         */
        ClientInfo.prototype.otherSdks = "";

        /**
         * ClientInfo clientProtocol.
         * @member {number} clientProtocol
         * @memberof livekit.ClientInfo
         * @instance
         */
        ClientInfo.prototype.clientProtocol = 0;

        /**
         * ClientInfo capabilities.
         * @member {Array.<livekit.ClientInfo.Capability>} capabilities
         * @memberof livekit.ClientInfo
         * @instance
         */
        ClientInfo.prototype.capabilities = $util.emptyArray;

        /**
         * Creates a new ClientInfo instance using the specified properties.
         * @function create
         * @memberof livekit.ClientInfo
         * @static
         * @param {livekit.ClientInfo.$Properties=} [properties] Properties to set
         * @returns {livekit.ClientInfo} ClientInfo instance
         * @type {{
         *   (properties: livekit.ClientInfo.$Shape): livekit.ClientInfo & livekit.ClientInfo.$Shape;
         *   (properties?: livekit.ClientInfo.$Properties): livekit.ClientInfo;
         * }}
         */
        ClientInfo.create = function(properties) {
            return new ClientInfo(properties);
        };

        /**
         * Encodes the specified ClientInfo message. Does not implicitly {@link livekit.ClientInfo.verify|verify} messages.
         * @function encode
         * @memberof livekit.ClientInfo
         * @static
         * @param {livekit.ClientInfo.$Properties} message ClientInfo message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ClientInfo.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.sdk != null && $Object.hasOwnProperty.call(message, "sdk") && message.sdk !== 0)
                writer.uint32(/* id 1, wireType 0 =*/8).int32(message.sdk);
            if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.version);
            if (message.protocol != null && $Object.hasOwnProperty.call(message, "protocol") && message.protocol !== 0)
                writer.uint32(/* id 3, wireType 0 =*/24).int32(message.protocol);
            if (message.os != null && $Object.hasOwnProperty.call(message, "os") && message.os !== "")
                writer.uint32(/* id 4, wireType 2 =*/34).string(message.os);
            if (message.osVersion != null && $Object.hasOwnProperty.call(message, "osVersion") && message.osVersion !== "")
                writer.uint32(/* id 5, wireType 2 =*/42).string(message.osVersion);
            if (message.deviceModel != null && $Object.hasOwnProperty.call(message, "deviceModel") && message.deviceModel !== "")
                writer.uint32(/* id 6, wireType 2 =*/50).string(message.deviceModel);
            if (message.browser != null && $Object.hasOwnProperty.call(message, "browser") && message.browser !== "")
                writer.uint32(/* id 7, wireType 2 =*/58).string(message.browser);
            if (message.browserVersion != null && $Object.hasOwnProperty.call(message, "browserVersion") && message.browserVersion !== "")
                writer.uint32(/* id 8, wireType 2 =*/66).string(message.browserVersion);
            if (message.address != null && $Object.hasOwnProperty.call(message, "address") && message.address !== "")
                writer.uint32(/* id 9, wireType 2 =*/74).string(message.address);
            if (message.network != null && $Object.hasOwnProperty.call(message, "network") && message.network !== "")
                writer.uint32(/* id 10, wireType 2 =*/82).string(message.network);
            if (message.otherSdks != null && $Object.hasOwnProperty.call(message, "otherSdks") && message.otherSdks !== "")
                writer.uint32(/* id 11, wireType 2 =*/90).string(message.otherSdks);
            if (message.clientProtocol != null && $Object.hasOwnProperty.call(message, "clientProtocol") && message.clientProtocol !== 0)
                writer.uint32(/* id 12, wireType 0 =*/96).int32(message.clientProtocol);
            if (message.capabilities != null && message.capabilities.length)
                writer.uint32(/* id 13, wireType 2 =*/106).int32s(message.capabilities);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified ClientInfo message, length delimited. Does not implicitly {@link livekit.ClientInfo.verify|verify} messages.
         * @function encodeDelimited
         * @memberof livekit.ClientInfo
         * @static
         * @param {livekit.ClientInfo.$Properties} message ClientInfo message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ClientInfo.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a ClientInfo message from the specified reader or buffer.
         * @function decode
         * @memberof livekit.ClientInfo
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {livekit.ClientInfo & livekit.ClientInfo.$Shape} ClientInfo
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ClientInfo.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.livekit.ClientInfo();
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
                        if (value = reader.int32())
                            message.sdk = value;
                        else
                            delete message.sdk;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.version = value;
                        else
                            delete message.version;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.protocol = value;
                        else
                            delete message.protocol;
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.os = value;
                        else
                            delete message.os;
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.osVersion = value;
                        else
                            delete message.osVersion;
                        continue;
                    }
                case 6: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.deviceModel = value;
                        else
                            delete message.deviceModel;
                        continue;
                    }
                case 7: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.browser = value;
                        else
                            delete message.browser;
                        continue;
                    }
                case 8: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.browserVersion = value;
                        else
                            delete message.browserVersion;
                        continue;
                    }
                case 9: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.address = value;
                        else
                            delete message.address;
                        continue;
                    }
                case 10: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.network = value;
                        else
                            delete message.network;
                        continue;
                    }
                case 11: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.otherSdks = value;
                        else
                            delete message.otherSdks;
                        continue;
                    }
                case 12: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.clientProtocol = value;
                        else
                            delete message.clientProtocol;
                        continue;
                    }
                case 13: {
                        if (wireType === 2) {
                            if (!(message.capabilities && message.capabilities.length))
                                message.capabilities = [];
                            reader.int32s(message.capabilities);
                            continue;
                        }
                        if (wireType !== 0)
                            break;
                        if (!(message.capabilities && message.capabilities.length))
                            message.capabilities = [];
                        message.capabilities.push(reader.int32());
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

        /**
         * Decodes a ClientInfo message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof livekit.ClientInfo
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {livekit.ClientInfo & livekit.ClientInfo.$Shape} ClientInfo
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ClientInfo.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a ClientInfo message.
         * @function verify
         * @memberof livekit.ClientInfo
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        ClientInfo.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.sdk != null && $Object.hasOwnProperty.call(message, "sdk"))
                if (typeof message.sdk !== "number" || (message.sdk | 0) !== message.sdk)
                    return "sdk: enum value expected";
            if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                if (!$util.isString(message.version))
                    return "version: string expected";
            if (message.protocol != null && $Object.hasOwnProperty.call(message, "protocol"))
                if (!$util.isInteger(message.protocol))
                    return "protocol: integer expected";
            if (message.os != null && $Object.hasOwnProperty.call(message, "os"))
                if (!$util.isString(message.os))
                    return "os: string expected";
            if (message.osVersion != null && $Object.hasOwnProperty.call(message, "osVersion"))
                if (!$util.isString(message.osVersion))
                    return "osVersion: string expected";
            if (message.deviceModel != null && $Object.hasOwnProperty.call(message, "deviceModel"))
                if (!$util.isString(message.deviceModel))
                    return "deviceModel: string expected";
            if (message.browser != null && $Object.hasOwnProperty.call(message, "browser"))
                if (!$util.isString(message.browser))
                    return "browser: string expected";
            if (message.browserVersion != null && $Object.hasOwnProperty.call(message, "browserVersion"))
                if (!$util.isString(message.browserVersion))
                    return "browserVersion: string expected";
            if (message.address != null && $Object.hasOwnProperty.call(message, "address"))
                if (!$util.isString(message.address))
                    return "address: string expected";
            if (message.network != null && $Object.hasOwnProperty.call(message, "network"))
                if (!$util.isString(message.network))
                    return "network: string expected";
            if (message.otherSdks != null && $Object.hasOwnProperty.call(message, "otherSdks"))
                if (!$util.isString(message.otherSdks))
                    return "otherSdks: string expected";
            if (message.clientProtocol != null && $Object.hasOwnProperty.call(message, "clientProtocol"))
                if (!$util.isInteger(message.clientProtocol))
                    return "clientProtocol: integer expected";
            if (message.capabilities != null && $Object.hasOwnProperty.call(message, "capabilities")) {
                if (!$Array.isArray(message.capabilities))
                    return "capabilities: array expected";
                for (let i = 0; i < message.capabilities.length; ++i)
                    if (typeof message.capabilities[i] !== "number" || (message.capabilities[i] | 0) !== message.capabilities[i])
                        return "capabilities: enum value[] expected";
            }
            return null;
        };

        /**
         * Creates a ClientInfo message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof livekit.ClientInfo
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {livekit.ClientInfo} ClientInfo
         */
        ClientInfo.fromObject = function (object, _depth) {
            if (object instanceof $root.livekit.ClientInfo)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".livekit.ClientInfo: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.livekit.ClientInfo();
            if (object.sdk !== 0 && (typeof object.sdk !== "string" || $root.livekit.ClientInfo.SDK[object.sdk] !== 0))
                switch (object.sdk) {
                case "UNKNOWN":
                case 0:
                    message.sdk = 0;
                    break;
                case "JS":
                case 1:
                    message.sdk = 1;
                    break;
                case "SWIFT":
                case 2:
                    message.sdk = 2;
                    break;
                case "ANDROID":
                case 3:
                    message.sdk = 3;
                    break;
                case "FLUTTER":
                case 4:
                    message.sdk = 4;
                    break;
                case "GO":
                case 5:
                    message.sdk = 5;
                    break;
                case "UNITY":
                case 6:
                    message.sdk = 6;
                    break;
                case "REACT_NATIVE":
                case 7:
                    message.sdk = 7;
                    break;
                case "RUST":
                case 8:
                    message.sdk = 8;
                    break;
                case "PYTHON":
                case 9:
                    message.sdk = 9;
                    break;
                case "CPP":
                case 10:
                    message.sdk = 10;
                    break;
                case "UNITY_WEB":
                case 11:
                    message.sdk = 11;
                    break;
                case "NODE":
                case 12:
                    message.sdk = 12;
                    break;
                case "UNREAL":
                case 13:
                    message.sdk = 13;
                    break;
                case "ESP32":
                case 14:
                    message.sdk = 14;
                    break;
                case "DOTNET":
                case 15:
                    message.sdk = 15;
                    break;
                default:
                    if (typeof object.sdk === "number" && (object.sdk | 0) === object.sdk)
                        message.sdk = object.sdk;
                }
            if (object.version != null)
                if (typeof object.version !== "string" || object.version.length)
                    message.version = $String(object.version);
            if (object.protocol != null)
                if ($Number(object.protocol) !== 0)
                    message.protocol = object.protocol | 0;
            if (object.os != null)
                if (typeof object.os !== "string" || object.os.length)
                    message.os = $String(object.os);
            if (object.osVersion != null)
                if (typeof object.osVersion !== "string" || object.osVersion.length)
                    message.osVersion = $String(object.osVersion);
            if (object.deviceModel != null)
                if (typeof object.deviceModel !== "string" || object.deviceModel.length)
                    message.deviceModel = $String(object.deviceModel);
            if (object.browser != null)
                if (typeof object.browser !== "string" || object.browser.length)
                    message.browser = $String(object.browser);
            if (object.browserVersion != null)
                if (typeof object.browserVersion !== "string" || object.browserVersion.length)
                    message.browserVersion = $String(object.browserVersion);
            if (object.address != null)
                if (typeof object.address !== "string" || object.address.length)
                    message.address = $String(object.address);
            if (object.network != null)
                if (typeof object.network !== "string" || object.network.length)
                    message.network = $String(object.network);
            if (object.otherSdks != null)
                if (typeof object.otherSdks !== "string" || object.otherSdks.length)
                    message.otherSdks = $String(object.otherSdks);
            if (object.clientProtocol != null)
                if ($Number(object.clientProtocol) !== 0)
                    message.clientProtocol = object.clientProtocol | 0;
            if (object.capabilities) {
                if (!$Array.isArray(object.capabilities))
                    throw $TypeError(".livekit.ClientInfo.capabilities: array expected");
                message.capabilities = [];
                for (let i = 0; i < object.capabilities.length; ++i)
                    switch (object.capabilities[i]) {
                    case "CAP_UNUSED":
                    case 0:
                        message.capabilities[message.capabilities.length] = 0;
                        break;
                    case "CAP_PACKET_TRAILER":
                    case 1:
                        message.capabilities[message.capabilities.length] = 1;
                        break;
                    case "CAP_COMPRESSION_DEFLATE_RAW":
                    case 2:
                        message.capabilities[message.capabilities.length] = 2;
                        break;
                    default:
                        if (typeof object.capabilities[i] === "number" && (object.capabilities[i] | 0) === object.capabilities[i])
                            message.capabilities[message.capabilities.length] = object.capabilities[i];
                    }
            }
            return message;
        };

        /**
         * Creates a plain object from a ClientInfo message. Also converts values to other types if specified.
         * @function toObject
         * @memberof livekit.ClientInfo
         * @static
         * @param {livekit.ClientInfo} message ClientInfo
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        ClientInfo.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
                object.capabilities = [];
            if (options.defaults) {
                object.sdk = options.enums === $String ? "UNKNOWN" : 0;
                object.version = "";
                object.protocol = 0;
                object.os = "";
                object.osVersion = "";
                object.deviceModel = "";
                object.browser = "";
                object.browserVersion = "";
                object.address = "";
                object.network = "";
                object.otherSdks = "";
                object.clientProtocol = 0;
            }
            if (message.sdk != null && $Object.hasOwnProperty.call(message, "sdk"))
                object.sdk = options.enums === $String ? $root.livekit.ClientInfo.SDK[message.sdk] === $undefined ? message.sdk : $root.livekit.ClientInfo.SDK[message.sdk] : message.sdk;
            if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                object.version = message.version;
            if (message.protocol != null && $Object.hasOwnProperty.call(message, "protocol"))
                object.protocol = message.protocol;
            if (message.os != null && $Object.hasOwnProperty.call(message, "os"))
                object.os = message.os;
            if (message.osVersion != null && $Object.hasOwnProperty.call(message, "osVersion"))
                object.osVersion = message.osVersion;
            if (message.deviceModel != null && $Object.hasOwnProperty.call(message, "deviceModel"))
                object.deviceModel = message.deviceModel;
            if (message.browser != null && $Object.hasOwnProperty.call(message, "browser"))
                object.browser = message.browser;
            if (message.browserVersion != null && $Object.hasOwnProperty.call(message, "browserVersion"))
                object.browserVersion = message.browserVersion;
            if (message.address != null && $Object.hasOwnProperty.call(message, "address"))
                object.address = message.address;
            if (message.network != null && $Object.hasOwnProperty.call(message, "network"))
                object.network = message.network;
            if (message.otherSdks != null && $Object.hasOwnProperty.call(message, "otherSdks"))
                object.otherSdks = message.otherSdks;
            if (message.clientProtocol != null && $Object.hasOwnProperty.call(message, "clientProtocol"))
                object.clientProtocol = message.clientProtocol;
            if (message.capabilities && message.capabilities.length) {
                object.capabilities = $Array(message.capabilities.length);
                for (let j = 0; j < message.capabilities.length; ++j)
                    object.capabilities[j] = options.enums === $String ? $root.livekit.ClientInfo.Capability[message.capabilities[j]] === $undefined ? message.capabilities[j] : $root.livekit.ClientInfo.Capability[message.capabilities[j]] : message.capabilities[j];
            }
            return object;
        };

        /**
         * Converts this ClientInfo to JSON.
         * @function toJSON
         * @memberof livekit.ClientInfo
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        ClientInfo.prototype.toJSON = function() {
            return ClientInfo.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for ClientInfo
         * @function getTypeUrl
         * @memberof livekit.ClientInfo
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        ClientInfo.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/livekit.ClientInfo";
        };

        /**
         * SDK enum.
         * @name livekit.ClientInfo.SDK
         * @enum {number}
         * @property {number} UNKNOWN=0 UNKNOWN value
         * @property {number} JS=1 JS value
         * @property {number} SWIFT=2 SWIFT value
         * @property {number} ANDROID=3 ANDROID value
         * @property {number} FLUTTER=4 FLUTTER value
         * @property {number} GO=5 GO value
         * @property {number} UNITY=6 UNITY value
         * @property {number} REACT_NATIVE=7 REACT_NATIVE value
         * @property {number} RUST=8 RUST value
         * @property {number} PYTHON=9 PYTHON value
         * @property {number} CPP=10 CPP value
         * @property {number} UNITY_WEB=11 UNITY_WEB value
         * @property {number} NODE=12 NODE value
         * @property {number} UNREAL=13 UNREAL value
         * @property {number} ESP32=14 ESP32 value
         * @property {number} DOTNET=15 DOTNET value
         */
        ClientInfo.SDK = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "UNKNOWN"] = 0;
            values[valuesById[1] = "JS"] = 1;
            values[valuesById[2] = "SWIFT"] = 2;
            values[valuesById[3] = "ANDROID"] = 3;
            values[valuesById[4] = "FLUTTER"] = 4;
            values[valuesById[5] = "GO"] = 5;
            values[valuesById[6] = "UNITY"] = 6;
            values[valuesById[7] = "REACT_NATIVE"] = 7;
            values[valuesById[8] = "RUST"] = 8;
            values[valuesById[9] = "PYTHON"] = 9;
            values[valuesById[10] = "CPP"] = 10;
            values[valuesById[11] = "UNITY_WEB"] = 11;
            values[valuesById[12] = "NODE"] = 12;
            values[valuesById[13] = "UNREAL"] = 13;
            values[valuesById[14] = "ESP32"] = 14;
            values[valuesById[15] = "DOTNET"] = 15;
            return values;
        })();

        /**
         * Capability enum.
         * @name livekit.ClientInfo.Capability
         * @enum {number}
         * @property {number} CAP_UNUSED=0 CAP_UNUSED value
         * @property {number} CAP_PACKET_TRAILER=1 CAP_PACKET_TRAILER value
         * @property {number} CAP_COMPRESSION_DEFLATE_RAW=2 CAP_COMPRESSION_DEFLATE_RAW value
         */
        ClientInfo.Capability = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "CAP_UNUSED"] = 0;
            values[valuesById[1] = "CAP_PACKET_TRAILER"] = 1;
            values[valuesById[2] = "CAP_COMPRESSION_DEFLATE_RAW"] = 2;
            return values;
        })();

        return ClientInfo;
    })();

    /**
     * ClientConfigSetting enum.
     * @name livekit.ClientConfigSetting
     * @enum {number}
     * @property {number} UNSET=0 UNSET value
     * @property {number} DISABLED=1 DISABLED value
     * @property {number} ENABLED=2 ENABLED value
     */
    livekit.ClientConfigSetting = (function() {
        const valuesById = $Object.create(null), values = $Object.create(valuesById);
        values[valuesById[0] = "UNSET"] = 0;
        values[valuesById[1] = "DISABLED"] = 1;
        values[valuesById[2] = "ENABLED"] = 2;
        return values;
    })();

    livekit.ClientConfiguration = (function() {

        /**
         * Properties of a ClientConfiguration.
         * @typedef {Object} livekit.ClientConfiguration.$Properties
         * @property {livekit.ClientConfigSetting|null} [resumeConnection] ClientConfiguration resumeConnection
         * @property {livekit.ClientConfigSetting|null} [forceRelay] ClientConfiguration forceRelay
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a ClientConfiguration.
         * @memberof livekit
         * @interface IClientConfiguration
         * @augments livekit.ClientConfiguration.$Properties
         * @deprecated Use livekit.ClientConfiguration.$Properties instead.
         */

        /**
         * Shape of a ClientConfiguration.
         * @typedef {livekit.ClientConfiguration.$Properties} livekit.ClientConfiguration.$Shape
         */

        /**
         * Constructs a new ClientConfiguration.
         * @memberof livekit
         * @classdesc Represents a ClientConfiguration.
         * @constructor
         * @param {livekit.ClientConfiguration.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const ClientConfiguration = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * ClientConfiguration resumeConnection.
         * @member {livekit.ClientConfigSetting} resumeConnection
         * @memberof livekit.ClientConfiguration
         * @instance
         */
        ClientConfiguration.prototype.resumeConnection = 0;

        /**
         * ClientConfiguration forceRelay.
         * @member {livekit.ClientConfigSetting} forceRelay
         * @memberof livekit.ClientConfiguration
         * @instance
         */
        ClientConfiguration.prototype.forceRelay = 0;

        /**
         * Creates a new ClientConfiguration instance using the specified properties.
         * @function create
         * @memberof livekit.ClientConfiguration
         * @static
         * @param {livekit.ClientConfiguration.$Properties=} [properties] Properties to set
         * @returns {livekit.ClientConfiguration} ClientConfiguration instance
         * @type {{
         *   (properties: livekit.ClientConfiguration.$Shape): livekit.ClientConfiguration & livekit.ClientConfiguration.$Shape;
         *   (properties?: livekit.ClientConfiguration.$Properties): livekit.ClientConfiguration;
         * }}
         */
        ClientConfiguration.create = function(properties) {
            return new ClientConfiguration(properties);
        };

        /**
         * Encodes the specified ClientConfiguration message. Does not implicitly {@link livekit.ClientConfiguration.verify|verify} messages.
         * @function encode
         * @memberof livekit.ClientConfiguration
         * @static
         * @param {livekit.ClientConfiguration.$Properties} message ClientConfiguration message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ClientConfiguration.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.resumeConnection != null && $Object.hasOwnProperty.call(message, "resumeConnection") && message.resumeConnection !== 0)
                writer.uint32(/* id 3, wireType 0 =*/24).int32(message.resumeConnection);
            if (message.forceRelay != null && $Object.hasOwnProperty.call(message, "forceRelay") && message.forceRelay !== 0)
                writer.uint32(/* id 5, wireType 0 =*/40).int32(message.forceRelay);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified ClientConfiguration message, length delimited. Does not implicitly {@link livekit.ClientConfiguration.verify|verify} messages.
         * @function encodeDelimited
         * @memberof livekit.ClientConfiguration
         * @static
         * @param {livekit.ClientConfiguration.$Properties} message ClientConfiguration message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ClientConfiguration.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a ClientConfiguration message from the specified reader or buffer.
         * @function decode
         * @memberof livekit.ClientConfiguration
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {livekit.ClientConfiguration & livekit.ClientConfiguration.$Shape} ClientConfiguration
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ClientConfiguration.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.livekit.ClientConfiguration();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.resumeConnection = value;
                        else
                            delete message.resumeConnection;
                        continue;
                    }
                case 5: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.forceRelay = value;
                        else
                            delete message.forceRelay;
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

        /**
         * Decodes a ClientConfiguration message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof livekit.ClientConfiguration
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {livekit.ClientConfiguration & livekit.ClientConfiguration.$Shape} ClientConfiguration
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ClientConfiguration.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a ClientConfiguration message.
         * @function verify
         * @memberof livekit.ClientConfiguration
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        ClientConfiguration.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.resumeConnection != null && $Object.hasOwnProperty.call(message, "resumeConnection"))
                if (typeof message.resumeConnection !== "number" || (message.resumeConnection | 0) !== message.resumeConnection)
                    return "resumeConnection: enum value expected";
            if (message.forceRelay != null && $Object.hasOwnProperty.call(message, "forceRelay"))
                if (typeof message.forceRelay !== "number" || (message.forceRelay | 0) !== message.forceRelay)
                    return "forceRelay: enum value expected";
            return null;
        };

        /**
         * Creates a ClientConfiguration message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof livekit.ClientConfiguration
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {livekit.ClientConfiguration} ClientConfiguration
         */
        ClientConfiguration.fromObject = function (object, _depth) {
            if (object instanceof $root.livekit.ClientConfiguration)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".livekit.ClientConfiguration: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.livekit.ClientConfiguration();
            if (object.resumeConnection !== 0 && (typeof object.resumeConnection !== "string" || $root.livekit.ClientConfigSetting[object.resumeConnection] !== 0))
                switch (object.resumeConnection) {
                case "UNSET":
                case 0:
                    message.resumeConnection = 0;
                    break;
                case "DISABLED":
                case 1:
                    message.resumeConnection = 1;
                    break;
                case "ENABLED":
                case 2:
                    message.resumeConnection = 2;
                    break;
                default:
                    if (typeof object.resumeConnection === "number" && (object.resumeConnection | 0) === object.resumeConnection)
                        message.resumeConnection = object.resumeConnection;
                }
            if (object.forceRelay !== 0 && (typeof object.forceRelay !== "string" || $root.livekit.ClientConfigSetting[object.forceRelay] !== 0))
                switch (object.forceRelay) {
                case "UNSET":
                case 0:
                    message.forceRelay = 0;
                    break;
                case "DISABLED":
                case 1:
                    message.forceRelay = 1;
                    break;
                case "ENABLED":
                case 2:
                    message.forceRelay = 2;
                    break;
                default:
                    if (typeof object.forceRelay === "number" && (object.forceRelay | 0) === object.forceRelay)
                        message.forceRelay = object.forceRelay;
                }
            return message;
        };

        /**
         * Creates a plain object from a ClientConfiguration message. Also converts values to other types if specified.
         * @function toObject
         * @memberof livekit.ClientConfiguration
         * @static
         * @param {livekit.ClientConfiguration} message ClientConfiguration
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        ClientConfiguration.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.resumeConnection = options.enums === $String ? "UNSET" : 0;
                object.forceRelay = options.enums === $String ? "UNSET" : 0;
            }
            if (message.resumeConnection != null && $Object.hasOwnProperty.call(message, "resumeConnection"))
                object.resumeConnection = options.enums === $String ? $root.livekit.ClientConfigSetting[message.resumeConnection] === $undefined ? message.resumeConnection : $root.livekit.ClientConfigSetting[message.resumeConnection] : message.resumeConnection;
            if (message.forceRelay != null && $Object.hasOwnProperty.call(message, "forceRelay"))
                object.forceRelay = options.enums === $String ? $root.livekit.ClientConfigSetting[message.forceRelay] === $undefined ? message.forceRelay : $root.livekit.ClientConfigSetting[message.forceRelay] : message.forceRelay;
            return object;
        };

        /**
         * Converts this ClientConfiguration to JSON.
         * @function toJSON
         * @memberof livekit.ClientConfiguration
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        ClientConfiguration.prototype.toJSON = function() {
            return ClientConfiguration.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for ClientConfiguration
         * @function getTypeUrl
         * @memberof livekit.ClientConfiguration
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        ClientConfiguration.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/livekit.ClientConfiguration";
        };

        return ClientConfiguration;
    })();

    livekit.ServerInfo = (function() {

        /**
         * Properties of a ServerInfo.
         * @typedef {Object} livekit.ServerInfo.$Properties
         * @property {livekit.ServerInfo.Edition|null} [edition] ServerInfo edition
         * @property {string|null} [version] ServerInfo version
         * @property {number|null} [protocol] ServerInfo protocol
         * @property {string|null} [region] ServerInfo region
         * @property {string|null} [nodeId] ServerInfo nodeId
         * @property {string|null} [debugInfo] ServerInfo debugInfo
         * @property {number|null} [agentProtocol] ServerInfo agentProtocol
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a ServerInfo.
         * @memberof livekit
         * @interface IServerInfo
         * @augments livekit.ServerInfo.$Properties
         * @deprecated Use livekit.ServerInfo.$Properties instead.
         */

        /**
         * Shape of a ServerInfo.
         * @typedef {livekit.ServerInfo.$Properties} livekit.ServerInfo.$Shape
         */

        /**
         * Constructs a new ServerInfo.
         * @memberof livekit
         * @classdesc Represents a ServerInfo.
         * @constructor
         * @param {livekit.ServerInfo.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const ServerInfo = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * ServerInfo edition.
         * @member {livekit.ServerInfo.Edition} edition
         * @memberof livekit.ServerInfo
         * @instance
         */
        ServerInfo.prototype.edition = 0;

        /**
         * ServerInfo version.
         * @member {string} version
         * @memberof livekit.ServerInfo
         * @instance
         */
        ServerInfo.prototype.version = "";

        /**
         * ServerInfo protocol.
         * @member {number} protocol
         * @memberof livekit.ServerInfo
         * @instance
         */
        ServerInfo.prototype.protocol = 0;

        /**
         * ServerInfo region.
         * @member {string} region
         * @memberof livekit.ServerInfo
         * @instance
         */
        ServerInfo.prototype.region = "";

        /**
         * ServerInfo nodeId.
         * @member {string} nodeId
         * @memberof livekit.ServerInfo
         * @instance
         */
        ServerInfo.prototype.nodeId = "";

        /**
         * ServerInfo debugInfo.
         * @member {string} debugInfo
         * @memberof livekit.ServerInfo
         * @instance
         */
        ServerInfo.prototype.debugInfo = "";

        /**
         * ServerInfo agentProtocol.
         * @member {number} agentProtocol
         * @memberof livekit.ServerInfo
         * @instance
         */
        ServerInfo.prototype.agentProtocol = 0;

        /**
         * Creates a new ServerInfo instance using the specified properties.
         * @function create
         * @memberof livekit.ServerInfo
         * @static
         * @param {livekit.ServerInfo.$Properties=} [properties] Properties to set
         * @returns {livekit.ServerInfo} ServerInfo instance
         * @type {{
         *   (properties: livekit.ServerInfo.$Shape): livekit.ServerInfo & livekit.ServerInfo.$Shape;
         *   (properties?: livekit.ServerInfo.$Properties): livekit.ServerInfo;
         * }}
         */
        ServerInfo.create = function(properties) {
            return new ServerInfo(properties);
        };

        /**
         * Encodes the specified ServerInfo message. Does not implicitly {@link livekit.ServerInfo.verify|verify} messages.
         * @function encode
         * @memberof livekit.ServerInfo
         * @static
         * @param {livekit.ServerInfo.$Properties} message ServerInfo message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ServerInfo.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.edition != null && $Object.hasOwnProperty.call(message, "edition") && message.edition !== 0)
                writer.uint32(/* id 1, wireType 0 =*/8).int32(message.edition);
            if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.version);
            if (message.protocol != null && $Object.hasOwnProperty.call(message, "protocol") && message.protocol !== 0)
                writer.uint32(/* id 3, wireType 0 =*/24).int32(message.protocol);
            if (message.region != null && $Object.hasOwnProperty.call(message, "region") && message.region !== "")
                writer.uint32(/* id 4, wireType 2 =*/34).string(message.region);
            if (message.nodeId != null && $Object.hasOwnProperty.call(message, "nodeId") && message.nodeId !== "")
                writer.uint32(/* id 5, wireType 2 =*/42).string(message.nodeId);
            if (message.debugInfo != null && $Object.hasOwnProperty.call(message, "debugInfo") && message.debugInfo !== "")
                writer.uint32(/* id 6, wireType 2 =*/50).string(message.debugInfo);
            if (message.agentProtocol != null && $Object.hasOwnProperty.call(message, "agentProtocol") && message.agentProtocol !== 0)
                writer.uint32(/* id 7, wireType 0 =*/56).int32(message.agentProtocol);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified ServerInfo message, length delimited. Does not implicitly {@link livekit.ServerInfo.verify|verify} messages.
         * @function encodeDelimited
         * @memberof livekit.ServerInfo
         * @static
         * @param {livekit.ServerInfo.$Properties} message ServerInfo message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ServerInfo.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a ServerInfo message from the specified reader or buffer.
         * @function decode
         * @memberof livekit.ServerInfo
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {livekit.ServerInfo & livekit.ServerInfo.$Shape} ServerInfo
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ServerInfo.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.livekit.ServerInfo();
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
                        if (value = reader.int32())
                            message.edition = value;
                        else
                            delete message.edition;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.version = value;
                        else
                            delete message.version;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.protocol = value;
                        else
                            delete message.protocol;
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.region = value;
                        else
                            delete message.region;
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.nodeId = value;
                        else
                            delete message.nodeId;
                        continue;
                    }
                case 6: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.debugInfo = value;
                        else
                            delete message.debugInfo;
                        continue;
                    }
                case 7: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.agentProtocol = value;
                        else
                            delete message.agentProtocol;
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

        /**
         * Decodes a ServerInfo message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof livekit.ServerInfo
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {livekit.ServerInfo & livekit.ServerInfo.$Shape} ServerInfo
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ServerInfo.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a ServerInfo message.
         * @function verify
         * @memberof livekit.ServerInfo
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        ServerInfo.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.edition != null && $Object.hasOwnProperty.call(message, "edition"))
                if (typeof message.edition !== "number" || (message.edition | 0) !== message.edition)
                    return "edition: enum value expected";
            if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                if (!$util.isString(message.version))
                    return "version: string expected";
            if (message.protocol != null && $Object.hasOwnProperty.call(message, "protocol"))
                if (!$util.isInteger(message.protocol))
                    return "protocol: integer expected";
            if (message.region != null && $Object.hasOwnProperty.call(message, "region"))
                if (!$util.isString(message.region))
                    return "region: string expected";
            if (message.nodeId != null && $Object.hasOwnProperty.call(message, "nodeId"))
                if (!$util.isString(message.nodeId))
                    return "nodeId: string expected";
            if (message.debugInfo != null && $Object.hasOwnProperty.call(message, "debugInfo"))
                if (!$util.isString(message.debugInfo))
                    return "debugInfo: string expected";
            if (message.agentProtocol != null && $Object.hasOwnProperty.call(message, "agentProtocol"))
                if (!$util.isInteger(message.agentProtocol))
                    return "agentProtocol: integer expected";
            return null;
        };

        /**
         * Creates a ServerInfo message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof livekit.ServerInfo
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {livekit.ServerInfo} ServerInfo
         */
        ServerInfo.fromObject = function (object, _depth) {
            if (object instanceof $root.livekit.ServerInfo)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".livekit.ServerInfo: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.livekit.ServerInfo();
            if (object.edition !== 0 && (typeof object.edition !== "string" || $root.livekit.ServerInfo.Edition[object.edition] !== 0))
                switch (object.edition) {
                case "Standard":
                case 0:
                    message.edition = 0;
                    break;
                case "Cloud":
                case 1:
                    message.edition = 1;
                    break;
                default:
                    if (typeof object.edition === "number" && (object.edition | 0) === object.edition)
                        message.edition = object.edition;
                }
            if (object.version != null)
                if (typeof object.version !== "string" || object.version.length)
                    message.version = $String(object.version);
            if (object.protocol != null)
                if ($Number(object.protocol) !== 0)
                    message.protocol = object.protocol | 0;
            if (object.region != null)
                if (typeof object.region !== "string" || object.region.length)
                    message.region = $String(object.region);
            if (object.nodeId != null)
                if (typeof object.nodeId !== "string" || object.nodeId.length)
                    message.nodeId = $String(object.nodeId);
            if (object.debugInfo != null)
                if (typeof object.debugInfo !== "string" || object.debugInfo.length)
                    message.debugInfo = $String(object.debugInfo);
            if (object.agentProtocol != null)
                if ($Number(object.agentProtocol) !== 0)
                    message.agentProtocol = object.agentProtocol | 0;
            return message;
        };

        /**
         * Creates a plain object from a ServerInfo message. Also converts values to other types if specified.
         * @function toObject
         * @memberof livekit.ServerInfo
         * @static
         * @param {livekit.ServerInfo} message ServerInfo
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        ServerInfo.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.edition = options.enums === $String ? "Standard" : 0;
                object.version = "";
                object.protocol = 0;
                object.region = "";
                object.nodeId = "";
                object.debugInfo = "";
                object.agentProtocol = 0;
            }
            if (message.edition != null && $Object.hasOwnProperty.call(message, "edition"))
                object.edition = options.enums === $String ? $root.livekit.ServerInfo.Edition[message.edition] === $undefined ? message.edition : $root.livekit.ServerInfo.Edition[message.edition] : message.edition;
            if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                object.version = message.version;
            if (message.protocol != null && $Object.hasOwnProperty.call(message, "protocol"))
                object.protocol = message.protocol;
            if (message.region != null && $Object.hasOwnProperty.call(message, "region"))
                object.region = message.region;
            if (message.nodeId != null && $Object.hasOwnProperty.call(message, "nodeId"))
                object.nodeId = message.nodeId;
            if (message.debugInfo != null && $Object.hasOwnProperty.call(message, "debugInfo"))
                object.debugInfo = message.debugInfo;
            if (message.agentProtocol != null && $Object.hasOwnProperty.call(message, "agentProtocol"))
                object.agentProtocol = message.agentProtocol;
            return object;
        };

        /**
         * Converts this ServerInfo to JSON.
         * @function toJSON
         * @memberof livekit.ServerInfo
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        ServerInfo.prototype.toJSON = function() {
            return ServerInfo.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for ServerInfo
         * @function getTypeUrl
         * @memberof livekit.ServerInfo
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        ServerInfo.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/livekit.ServerInfo";
        };

        /**
         * Edition enum.
         * @name livekit.ServerInfo.Edition
         * @enum {number}
         * @property {number} Standard=0 Standard value
         * @property {number} Cloud=1 Cloud value
         */
        ServerInfo.Edition = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "Standard"] = 0;
            values[valuesById[1] = "Cloud"] = 1;
            return values;
        })();

        return ServerInfo;
    })();

    /**
     * DisconnectReason enum.
     * @name livekit.DisconnectReason
     * @enum {number}
     * @property {number} UNKNOWN_REASON=0 UNKNOWN_REASON value
     * @property {number} CLIENT_INITIATED=1 CLIENT_INITIATED value
     * @property {number} DUPLICATE_IDENTITY=2 DUPLICATE_IDENTITY value
     * @property {number} SERVER_SHUTDOWN=3 SERVER_SHUTDOWN value
     * @property {number} PARTICIPANT_REMOVED=4 PARTICIPANT_REMOVED value
     * @property {number} ROOM_DELETED=5 ROOM_DELETED value
     * @property {number} STATE_MISMATCH=6 STATE_MISMATCH value
     * @property {number} JOIN_FAILURE=7 JOIN_FAILURE value
     * @property {number} MIGRATION=8 MIGRATION value
     * @property {number} SIGNAL_CLOSE=9 SIGNAL_CLOSE value
     * @property {number} ROOM_CLOSED=10 ROOM_CLOSED value
     * @property {number} USER_UNAVAILABLE=11 USER_UNAVAILABLE value
     * @property {number} USER_REJECTED=12 USER_REJECTED value
     * @property {number} SIP_TRUNK_FAILURE=13 SIP_TRUNK_FAILURE value
     * @property {number} CONNECTION_TIMEOUT=14 CONNECTION_TIMEOUT value
     * @property {number} MEDIA_FAILURE=15 MEDIA_FAILURE value
     * @property {number} AGENT_ERROR=16 AGENT_ERROR value
     */
    livekit.DisconnectReason = (function() {
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

    /**
     * ReconnectReason enum.
     * @name livekit.ReconnectReason
     * @enum {number}
     * @property {number} RR_UNKNOWN=0 RR_UNKNOWN value
     * @property {number} RR_SIGNAL_DISCONNECTED=1 RR_SIGNAL_DISCONNECTED value
     * @property {number} RR_PUBLISHER_FAILED=2 RR_PUBLISHER_FAILED value
     * @property {number} RR_SUBSCRIBER_FAILED=3 RR_SUBSCRIBER_FAILED value
     * @property {number} RR_SWITCH_CANDIDATE=4 RR_SWITCH_CANDIDATE value
     */
    livekit.ReconnectReason = (function() {
        const valuesById = $Object.create(null), values = $Object.create(valuesById);
        values[valuesById[0] = "RR_UNKNOWN"] = 0;
        values[valuesById[1] = "RR_SIGNAL_DISCONNECTED"] = 1;
        values[valuesById[2] = "RR_PUBLISHER_FAILED"] = 2;
        values[valuesById[3] = "RR_SUBSCRIBER_FAILED"] = 3;
        values[valuesById[4] = "RR_SWITCH_CANDIDATE"] = 4;
        return values;
    })();

    return livekit;
})();

export {
  $root as default
};
