import * as $protobuf from "protobufjs/minimal.js";
import Long = require("long");

/** Namespace livekit. */
export namespace livekit {

    /**
     * Properties of a SignalRequest.
     * @deprecated Use livekit.SignalRequest.$Properties instead.
     */
    interface ISignalRequest extends livekit.SignalRequest.$Properties {
    }

    /** Represents a SignalRequest. */
    class SignalRequest {

        /**
         * Constructs a new SignalRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: livekit.SignalRequest.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** SignalRequest offer. */
        offer?: (livekit.SessionDescription.$Properties|null);

        /** SignalRequest answer. */
        answer?: (livekit.SessionDescription.$Properties|null);

        /** SignalRequest trickle. */
        trickle?: (livekit.TrickleRequest.$Properties|null);

        /** SignalRequest leave. */
        leave?: (livekit.LeaveRequest.$Properties|null);

        /** SignalRequest ping. */
        ping?: (number|Long|null);

        /** SignalRequest pingReq. */
        pingReq?: (livekit.Ping.$Properties|null);

        /** SignalRequest publishDataTrackRequest. */
        publishDataTrackRequest?: (livekit.PublishDataTrackRequest.$Properties|null);

        /** SignalRequest unpublishDataTrackRequest. */
        unpublishDataTrackRequest?: (livekit.UnpublishDataTrackRequest.$Properties|null);

        /** SignalRequest updateDataSubscription. */
        updateDataSubscription?: (livekit.UpdateDataSubscription.$Properties|null);

        /** SignalRequest storeDataBlobRequest. */
        storeDataBlobRequest?: (livekit.StoreDataBlobRequest.$Properties|null);

        /** SignalRequest getDataBlobRequest. */
        getDataBlobRequest?: (livekit.GetDataBlobRequest.$Properties|null);

        /** SignalRequest message. */
        message?: ("offer"|"answer"|"trickle"|"leave"|"ping"|"pingReq"|"publishDataTrackRequest"|"unpublishDataTrackRequest"|"updateDataSubscription"|"storeDataBlobRequest"|"getDataBlobRequest");

        /**
         * Creates a new SignalRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns SignalRequest instance
         */
        static create(properties: livekit.SignalRequest.$Shape): livekit.SignalRequest & livekit.SignalRequest.$Shape;
        static create(properties?: livekit.SignalRequest.$Properties): livekit.SignalRequest;

        /**
         * Encodes the specified SignalRequest message. Does not implicitly {@link livekit.SignalRequest.verify|verify} messages.
         * @param message SignalRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: livekit.SignalRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified SignalRequest message, length delimited. Does not implicitly {@link livekit.SignalRequest.verify|verify} messages.
         * @param message SignalRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: livekit.SignalRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a SignalRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {livekit.SignalRequest & livekit.SignalRequest.$Shape} SignalRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): livekit.SignalRequest & livekit.SignalRequest.$Shape;

        /**
         * Decodes a SignalRequest message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {livekit.SignalRequest & livekit.SignalRequest.$Shape} SignalRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): livekit.SignalRequest & livekit.SignalRequest.$Shape;

        /**
         * Verifies a SignalRequest message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a SignalRequest message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns SignalRequest
         */
        static fromObject(object: { [k: string]: any }): livekit.SignalRequest;

        /**
         * Creates a plain object from a SignalRequest message. Also converts values to other types if specified.
         * @param message SignalRequest
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: livekit.SignalRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this SignalRequest to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for SignalRequest
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace SignalRequest {

        /** Properties of a SignalRequest. */
        interface $Properties {

            /** SignalRequest offer */
            offer?: (livekit.SessionDescription.$Properties|null);

            /** SignalRequest answer */
            answer?: (livekit.SessionDescription.$Properties|null);

            /** SignalRequest trickle */
            trickle?: (livekit.TrickleRequest.$Properties|null);

            /** SignalRequest leave */
            leave?: (livekit.LeaveRequest.$Properties|null);

            /** SignalRequest ping */
            ping?: (number|Long|null);

            /** SignalRequest pingReq */
            pingReq?: (livekit.Ping.$Properties|null);

            /** SignalRequest publishDataTrackRequest */
            publishDataTrackRequest?: (livekit.PublishDataTrackRequest.$Properties|null);

            /** SignalRequest unpublishDataTrackRequest */
            unpublishDataTrackRequest?: (livekit.UnpublishDataTrackRequest.$Properties|null);

            /** SignalRequest updateDataSubscription */
            updateDataSubscription?: (livekit.UpdateDataSubscription.$Properties|null);

            /** SignalRequest storeDataBlobRequest */
            storeDataBlobRequest?: (livekit.StoreDataBlobRequest.$Properties|null);

            /** SignalRequest getDataBlobRequest */
            getDataBlobRequest?: (livekit.GetDataBlobRequest.$Properties|null);

            /** SignalRequest message */
            message?: ("offer"|"answer"|"trickle"|"leave"|"ping"|"pingReq"|"publishDataTrackRequest"|"unpublishDataTrackRequest"|"updateDataSubscription"|"storeDataBlobRequest"|"getDataBlobRequest");

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Narrowed shape of a SignalRequest. */
        type $Shape = {
          offer?: livekit.SessionDescription.$Shape|null;
          answer?: livekit.SessionDescription.$Shape|null;
          trickle?: livekit.TrickleRequest.$Shape|null;
          leave?: livekit.LeaveRequest.$Shape|null;
          ping?: number|Long|null;
          pingReq?: livekit.Ping.$Shape|null;
          publishDataTrackRequest?: livekit.PublishDataTrackRequest.$Shape|null;
          unpublishDataTrackRequest?: livekit.UnpublishDataTrackRequest.$Shape|null;
          updateDataSubscription?: livekit.UpdateDataSubscription.$Shape|null;
          storeDataBlobRequest?: livekit.StoreDataBlobRequest.$Shape|null;
          getDataBlobRequest?: livekit.GetDataBlobRequest.$Shape|null;
          $unknowns?: Uint8Array[];
        } & (
          ({ message?: undefined; offer?: null; answer?: null; trickle?: null; leave?: null; ping?: null; pingReq?: null; publishDataTrackRequest?: null; unpublishDataTrackRequest?: null; updateDataSubscription?: null; storeDataBlobRequest?: null; getDataBlobRequest?: null }|{ message?: "offer"; offer: livekit.SessionDescription.$Shape; answer?: null; trickle?: null; leave?: null; ping?: null; pingReq?: null; publishDataTrackRequest?: null; unpublishDataTrackRequest?: null; updateDataSubscription?: null; storeDataBlobRequest?: null; getDataBlobRequest?: null }|{ message?: "answer"; offer?: null; answer: livekit.SessionDescription.$Shape; trickle?: null; leave?: null; ping?: null; pingReq?: null; publishDataTrackRequest?: null; unpublishDataTrackRequest?: null; updateDataSubscription?: null; storeDataBlobRequest?: null; getDataBlobRequest?: null }|{ message?: "trickle"; offer?: null; answer?: null; trickle: livekit.TrickleRequest.$Shape; leave?: null; ping?: null; pingReq?: null; publishDataTrackRequest?: null; unpublishDataTrackRequest?: null; updateDataSubscription?: null; storeDataBlobRequest?: null; getDataBlobRequest?: null }|{ message?: "leave"; offer?: null; answer?: null; trickle?: null; leave: livekit.LeaveRequest.$Shape; ping?: null; pingReq?: null; publishDataTrackRequest?: null; unpublishDataTrackRequest?: null; updateDataSubscription?: null; storeDataBlobRequest?: null; getDataBlobRequest?: null }|{ message?: "ping"; offer?: null; answer?: null; trickle?: null; leave?: null; ping: number|Long; pingReq?: null; publishDataTrackRequest?: null; unpublishDataTrackRequest?: null; updateDataSubscription?: null; storeDataBlobRequest?: null; getDataBlobRequest?: null }|{ message?: "pingReq"; offer?: null; answer?: null; trickle?: null; leave?: null; ping?: null; pingReq: livekit.Ping.$Shape; publishDataTrackRequest?: null; unpublishDataTrackRequest?: null; updateDataSubscription?: null; storeDataBlobRequest?: null; getDataBlobRequest?: null }|{ message?: "publishDataTrackRequest"; offer?: null; answer?: null; trickle?: null; leave?: null; ping?: null; pingReq?: null; publishDataTrackRequest: livekit.PublishDataTrackRequest.$Shape; unpublishDataTrackRequest?: null; updateDataSubscription?: null; storeDataBlobRequest?: null; getDataBlobRequest?: null }|{ message?: "unpublishDataTrackRequest"; offer?: null; answer?: null; trickle?: null; leave?: null; ping?: null; pingReq?: null; publishDataTrackRequest?: null; unpublishDataTrackRequest: livekit.UnpublishDataTrackRequest.$Shape; updateDataSubscription?: null; storeDataBlobRequest?: null; getDataBlobRequest?: null }|{ message?: "updateDataSubscription"; offer?: null; answer?: null; trickle?: null; leave?: null; ping?: null; pingReq?: null; publishDataTrackRequest?: null; unpublishDataTrackRequest?: null; updateDataSubscription: livekit.UpdateDataSubscription.$Shape; storeDataBlobRequest?: null; getDataBlobRequest?: null }|{ message?: "storeDataBlobRequest"; offer?: null; answer?: null; trickle?: null; leave?: null; ping?: null; pingReq?: null; publishDataTrackRequest?: null; unpublishDataTrackRequest?: null; updateDataSubscription?: null; storeDataBlobRequest: livekit.StoreDataBlobRequest.$Shape; getDataBlobRequest?: null }|{ message?: "getDataBlobRequest"; offer?: null; answer?: null; trickle?: null; leave?: null; ping?: null; pingReq?: null; publishDataTrackRequest?: null; unpublishDataTrackRequest?: null; updateDataSubscription?: null; storeDataBlobRequest?: null; getDataBlobRequest: livekit.GetDataBlobRequest.$Shape })
        );
    }

    /**
     * Properties of a SignalResponse.
     * @deprecated Use livekit.SignalResponse.$Properties instead.
     */
    interface ISignalResponse extends livekit.SignalResponse.$Properties {
    }

    /** Represents a SignalResponse. */
    class SignalResponse {

        /**
         * Constructs a new SignalResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: livekit.SignalResponse.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** SignalResponse join. */
        join?: (livekit.JoinResponse.$Properties|null);

        /** SignalResponse answer. */
        answer?: (livekit.SessionDescription.$Properties|null);

        /** SignalResponse offer. */
        offer?: (livekit.SessionDescription.$Properties|null);

        /** SignalResponse trickle. */
        trickle?: (livekit.TrickleRequest.$Properties|null);

        /** SignalResponse update. */
        update?: (livekit.ParticipantUpdate.$Properties|null);

        /** SignalResponse leave. */
        leave?: (livekit.LeaveRequest.$Properties|null);

        /** SignalResponse pong. */
        pong?: (number|Long|null);

        /** SignalResponse reconnect. */
        reconnect?: (livekit.ReconnectResponse.$Properties|null);

        /** SignalResponse pongResp. */
        pongResp?: (livekit.Pong.$Properties|null);

        /** SignalResponse requestResponse. */
        requestResponse?: (livekit.RequestResponse.$Properties|null);

        /** SignalResponse publishDataTrackResponse. */
        publishDataTrackResponse?: (livekit.PublishDataTrackResponse.$Properties|null);

        /** SignalResponse unpublishDataTrackResponse. */
        unpublishDataTrackResponse?: (livekit.UnpublishDataTrackResponse.$Properties|null);

        /** SignalResponse dataTrackSubscriberHandles. */
        dataTrackSubscriberHandles?: (livekit.DataTrackSubscriberHandles.$Properties|null);

        /** SignalResponse storeDataBlobResponse. */
        storeDataBlobResponse?: (livekit.StoreDataBlobResponse.$Properties|null);

        /** SignalResponse getDataBlobResponse. */
        getDataBlobResponse?: (livekit.GetDataBlobResponse.$Properties|null);

        /** SignalResponse message. */
        message?: ("join"|"answer"|"offer"|"trickle"|"update"|"leave"|"pong"|"reconnect"|"pongResp"|"requestResponse"|"publishDataTrackResponse"|"unpublishDataTrackResponse"|"dataTrackSubscriberHandles"|"storeDataBlobResponse"|"getDataBlobResponse");

        /**
         * Creates a new SignalResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns SignalResponse instance
         */
        static create(properties: livekit.SignalResponse.$Shape): livekit.SignalResponse & livekit.SignalResponse.$Shape;
        static create(properties?: livekit.SignalResponse.$Properties): livekit.SignalResponse;

        /**
         * Encodes the specified SignalResponse message. Does not implicitly {@link livekit.SignalResponse.verify|verify} messages.
         * @param message SignalResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: livekit.SignalResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified SignalResponse message, length delimited. Does not implicitly {@link livekit.SignalResponse.verify|verify} messages.
         * @param message SignalResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: livekit.SignalResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a SignalResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {livekit.SignalResponse & livekit.SignalResponse.$Shape} SignalResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): livekit.SignalResponse & livekit.SignalResponse.$Shape;

        /**
         * Decodes a SignalResponse message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {livekit.SignalResponse & livekit.SignalResponse.$Shape} SignalResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): livekit.SignalResponse & livekit.SignalResponse.$Shape;

        /**
         * Verifies a SignalResponse message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a SignalResponse message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns SignalResponse
         */
        static fromObject(object: { [k: string]: any }): livekit.SignalResponse;

        /**
         * Creates a plain object from a SignalResponse message. Also converts values to other types if specified.
         * @param message SignalResponse
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: livekit.SignalResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this SignalResponse to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for SignalResponse
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace SignalResponse {

        /** Properties of a SignalResponse. */
        interface $Properties {

            /** SignalResponse join */
            join?: (livekit.JoinResponse.$Properties|null);

            /** SignalResponse answer */
            answer?: (livekit.SessionDescription.$Properties|null);

            /** SignalResponse offer */
            offer?: (livekit.SessionDescription.$Properties|null);

            /** SignalResponse trickle */
            trickle?: (livekit.TrickleRequest.$Properties|null);

            /** SignalResponse update */
            update?: (livekit.ParticipantUpdate.$Properties|null);

            /** SignalResponse leave */
            leave?: (livekit.LeaveRequest.$Properties|null);

            /** SignalResponse pong */
            pong?: (number|Long|null);

            /** SignalResponse reconnect */
            reconnect?: (livekit.ReconnectResponse.$Properties|null);

            /** SignalResponse pongResp */
            pongResp?: (livekit.Pong.$Properties|null);

            /** SignalResponse requestResponse */
            requestResponse?: (livekit.RequestResponse.$Properties|null);

            /** SignalResponse publishDataTrackResponse */
            publishDataTrackResponse?: (livekit.PublishDataTrackResponse.$Properties|null);

            /** SignalResponse unpublishDataTrackResponse */
            unpublishDataTrackResponse?: (livekit.UnpublishDataTrackResponse.$Properties|null);

            /** SignalResponse dataTrackSubscriberHandles */
            dataTrackSubscriberHandles?: (livekit.DataTrackSubscriberHandles.$Properties|null);

            /** SignalResponse storeDataBlobResponse */
            storeDataBlobResponse?: (livekit.StoreDataBlobResponse.$Properties|null);

            /** SignalResponse getDataBlobResponse */
            getDataBlobResponse?: (livekit.GetDataBlobResponse.$Properties|null);

            /** SignalResponse message */
            message?: ("join"|"answer"|"offer"|"trickle"|"update"|"leave"|"pong"|"reconnect"|"pongResp"|"requestResponse"|"publishDataTrackResponse"|"unpublishDataTrackResponse"|"dataTrackSubscriberHandles"|"storeDataBlobResponse"|"getDataBlobResponse");

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Narrowed shape of a SignalResponse. */
        type $Shape = {
          join?: livekit.JoinResponse.$Shape|null;
          answer?: livekit.SessionDescription.$Shape|null;
          offer?: livekit.SessionDescription.$Shape|null;
          trickle?: livekit.TrickleRequest.$Shape|null;
          update?: livekit.ParticipantUpdate.$Shape|null;
          leave?: livekit.LeaveRequest.$Shape|null;
          pong?: number|Long|null;
          reconnect?: livekit.ReconnectResponse.$Shape|null;
          pongResp?: livekit.Pong.$Shape|null;
          requestResponse?: livekit.RequestResponse.$Shape|null;
          publishDataTrackResponse?: livekit.PublishDataTrackResponse.$Shape|null;
          unpublishDataTrackResponse?: livekit.UnpublishDataTrackResponse.$Shape|null;
          dataTrackSubscriberHandles?: livekit.DataTrackSubscriberHandles.$Shape|null;
          storeDataBlobResponse?: livekit.StoreDataBlobResponse.$Shape|null;
          getDataBlobResponse?: livekit.GetDataBlobResponse.$Shape|null;
          $unknowns?: Uint8Array[];
        } & (
          ({ message?: undefined; join?: null; answer?: null; offer?: null; trickle?: null; update?: null; leave?: null; pong?: null; reconnect?: null; pongResp?: null; requestResponse?: null; publishDataTrackResponse?: null; unpublishDataTrackResponse?: null; dataTrackSubscriberHandles?: null; storeDataBlobResponse?: null; getDataBlobResponse?: null }|{ message?: "join"; join: livekit.JoinResponse.$Shape; answer?: null; offer?: null; trickle?: null; update?: null; leave?: null; pong?: null; reconnect?: null; pongResp?: null; requestResponse?: null; publishDataTrackResponse?: null; unpublishDataTrackResponse?: null; dataTrackSubscriberHandles?: null; storeDataBlobResponse?: null; getDataBlobResponse?: null }|{ message?: "answer"; join?: null; answer: livekit.SessionDescription.$Shape; offer?: null; trickle?: null; update?: null; leave?: null; pong?: null; reconnect?: null; pongResp?: null; requestResponse?: null; publishDataTrackResponse?: null; unpublishDataTrackResponse?: null; dataTrackSubscriberHandles?: null; storeDataBlobResponse?: null; getDataBlobResponse?: null }|{ message?: "offer"; join?: null; answer?: null; offer: livekit.SessionDescription.$Shape; trickle?: null; update?: null; leave?: null; pong?: null; reconnect?: null; pongResp?: null; requestResponse?: null; publishDataTrackResponse?: null; unpublishDataTrackResponse?: null; dataTrackSubscriberHandles?: null; storeDataBlobResponse?: null; getDataBlobResponse?: null }|{ message?: "trickle"; join?: null; answer?: null; offer?: null; trickle: livekit.TrickleRequest.$Shape; update?: null; leave?: null; pong?: null; reconnect?: null; pongResp?: null; requestResponse?: null; publishDataTrackResponse?: null; unpublishDataTrackResponse?: null; dataTrackSubscriberHandles?: null; storeDataBlobResponse?: null; getDataBlobResponse?: null }|{ message?: "update"; join?: null; answer?: null; offer?: null; trickle?: null; update: livekit.ParticipantUpdate.$Shape; leave?: null; pong?: null; reconnect?: null; pongResp?: null; requestResponse?: null; publishDataTrackResponse?: null; unpublishDataTrackResponse?: null; dataTrackSubscriberHandles?: null; storeDataBlobResponse?: null; getDataBlobResponse?: null }|{ message?: "leave"; join?: null; answer?: null; offer?: null; trickle?: null; update?: null; leave: livekit.LeaveRequest.$Shape; pong?: null; reconnect?: null; pongResp?: null; requestResponse?: null; publishDataTrackResponse?: null; unpublishDataTrackResponse?: null; dataTrackSubscriberHandles?: null; storeDataBlobResponse?: null; getDataBlobResponse?: null }|{ message?: "pong"; join?: null; answer?: null; offer?: null; trickle?: null; update?: null; leave?: null; pong: number|Long; reconnect?: null; pongResp?: null; requestResponse?: null; publishDataTrackResponse?: null; unpublishDataTrackResponse?: null; dataTrackSubscriberHandles?: null; storeDataBlobResponse?: null; getDataBlobResponse?: null }|{ message?: "reconnect"; join?: null; answer?: null; offer?: null; trickle?: null; update?: null; leave?: null; pong?: null; reconnect: livekit.ReconnectResponse.$Shape; pongResp?: null; requestResponse?: null; publishDataTrackResponse?: null; unpublishDataTrackResponse?: null; dataTrackSubscriberHandles?: null; storeDataBlobResponse?: null; getDataBlobResponse?: null }|{ message?: "pongResp"; join?: null; answer?: null; offer?: null; trickle?: null; update?: null; leave?: null; pong?: null; reconnect?: null; pongResp: livekit.Pong.$Shape; requestResponse?: null; publishDataTrackResponse?: null; unpublishDataTrackResponse?: null; dataTrackSubscriberHandles?: null; storeDataBlobResponse?: null; getDataBlobResponse?: null }|{ message?: "requestResponse"; join?: null; answer?: null; offer?: null; trickle?: null; update?: null; leave?: null; pong?: null; reconnect?: null; pongResp?: null; requestResponse: livekit.RequestResponse.$Shape; publishDataTrackResponse?: null; unpublishDataTrackResponse?: null; dataTrackSubscriberHandles?: null; storeDataBlobResponse?: null; getDataBlobResponse?: null }|{ message?: "publishDataTrackResponse"; join?: null; answer?: null; offer?: null; trickle?: null; update?: null; leave?: null; pong?: null; reconnect?: null; pongResp?: null; requestResponse?: null; publishDataTrackResponse: livekit.PublishDataTrackResponse.$Shape; unpublishDataTrackResponse?: null; dataTrackSubscriberHandles?: null; storeDataBlobResponse?: null; getDataBlobResponse?: null }|{ message?: "unpublishDataTrackResponse"; join?: null; answer?: null; offer?: null; trickle?: null; update?: null; leave?: null; pong?: null; reconnect?: null; pongResp?: null; requestResponse?: null; publishDataTrackResponse?: null; unpublishDataTrackResponse: livekit.UnpublishDataTrackResponse.$Shape; dataTrackSubscriberHandles?: null; storeDataBlobResponse?: null; getDataBlobResponse?: null }|{ message?: "dataTrackSubscriberHandles"; join?: null; answer?: null; offer?: null; trickle?: null; update?: null; leave?: null; pong?: null; reconnect?: null; pongResp?: null; requestResponse?: null; publishDataTrackResponse?: null; unpublishDataTrackResponse?: null; dataTrackSubscriberHandles: livekit.DataTrackSubscriberHandles.$Shape; storeDataBlobResponse?: null; getDataBlobResponse?: null }|{ message?: "storeDataBlobResponse"; join?: null; answer?: null; offer?: null; trickle?: null; update?: null; leave?: null; pong?: null; reconnect?: null; pongResp?: null; requestResponse?: null; publishDataTrackResponse?: null; unpublishDataTrackResponse?: null; dataTrackSubscriberHandles?: null; storeDataBlobResponse: livekit.StoreDataBlobResponse.$Shape; getDataBlobResponse?: null }|{ message?: "getDataBlobResponse"; join?: null; answer?: null; offer?: null; trickle?: null; update?: null; leave?: null; pong?: null; reconnect?: null; pongResp?: null; requestResponse?: null; publishDataTrackResponse?: null; unpublishDataTrackResponse?: null; dataTrackSubscriberHandles?: null; storeDataBlobResponse?: null; getDataBlobResponse: livekit.GetDataBlobResponse.$Shape })
        );
    }

    /** SignalTarget enum. */
    enum SignalTarget {

        /** PUBLISHER value */
        PUBLISHER = 0,

        /** SUBSCRIBER value */
        SUBSCRIBER = 1
    }

    /**
     * Properties of a SessionDescription.
     * @deprecated Use livekit.SessionDescription.$Properties instead.
     */
    interface ISessionDescription extends livekit.SessionDescription.$Properties {
    }

    /** Represents a SessionDescription. */
    class SessionDescription {

        /**
         * Constructs a new SessionDescription.
         * @param [properties] Properties to set
         */
        constructor(properties?: livekit.SessionDescription.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** SessionDescription type. */
        type: string;

        /** SessionDescription sdp. */
        sdp: string;

        /** SessionDescription id. */
        id: number;

        /** SessionDescription midToTrackId. */
        midToTrackId: { [k: string]: string };

        /**
         * Creates a new SessionDescription instance using the specified properties.
         * @param [properties] Properties to set
         * @returns SessionDescription instance
         */
        static create(properties: livekit.SessionDescription.$Shape): livekit.SessionDescription & livekit.SessionDescription.$Shape;
        static create(properties?: livekit.SessionDescription.$Properties): livekit.SessionDescription;

        /**
         * Encodes the specified SessionDescription message. Does not implicitly {@link livekit.SessionDescription.verify|verify} messages.
         * @param message SessionDescription message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: livekit.SessionDescription.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified SessionDescription message, length delimited. Does not implicitly {@link livekit.SessionDescription.verify|verify} messages.
         * @param message SessionDescription message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: livekit.SessionDescription.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a SessionDescription message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {livekit.SessionDescription & livekit.SessionDescription.$Shape} SessionDescription
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): livekit.SessionDescription & livekit.SessionDescription.$Shape;

        /**
         * Decodes a SessionDescription message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {livekit.SessionDescription & livekit.SessionDescription.$Shape} SessionDescription
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): livekit.SessionDescription & livekit.SessionDescription.$Shape;

        /**
         * Verifies a SessionDescription message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a SessionDescription message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns SessionDescription
         */
        static fromObject(object: { [k: string]: any }): livekit.SessionDescription;

        /**
         * Creates a plain object from a SessionDescription message. Also converts values to other types if specified.
         * @param message SessionDescription
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: livekit.SessionDescription, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this SessionDescription to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for SessionDescription
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace SessionDescription {

        /** Properties of a SessionDescription. */
        interface $Properties {

            /** SessionDescription type */
            type?: (string|null);

            /** SessionDescription sdp */
            sdp?: (string|null);

            /** SessionDescription id */
            id?: (number|null);

            /** SessionDescription midToTrackId */
            midToTrackId?: ({ [k: string]: string }|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a SessionDescription. */
        type $Shape = livekit.SessionDescription.$Properties;
    }

    /**
     * Properties of a TrickleRequest.
     * @deprecated Use livekit.TrickleRequest.$Properties instead.
     */
    interface ITrickleRequest extends livekit.TrickleRequest.$Properties {
    }

    /** Represents a TrickleRequest. */
    class TrickleRequest {

        /**
         * Constructs a new TrickleRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: livekit.TrickleRequest.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** TrickleRequest candidateInit. */
        candidateInit: string;

        /** TrickleRequest target. */
        target: livekit.SignalTarget;

        /** TrickleRequest final. */
        final: boolean;

        /**
         * Creates a new TrickleRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns TrickleRequest instance
         */
        static create(properties: livekit.TrickleRequest.$Shape): livekit.TrickleRequest & livekit.TrickleRequest.$Shape;
        static create(properties?: livekit.TrickleRequest.$Properties): livekit.TrickleRequest;

        /**
         * Encodes the specified TrickleRequest message. Does not implicitly {@link livekit.TrickleRequest.verify|verify} messages.
         * @param message TrickleRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: livekit.TrickleRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified TrickleRequest message, length delimited. Does not implicitly {@link livekit.TrickleRequest.verify|verify} messages.
         * @param message TrickleRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: livekit.TrickleRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a TrickleRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {livekit.TrickleRequest & livekit.TrickleRequest.$Shape} TrickleRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): livekit.TrickleRequest & livekit.TrickleRequest.$Shape;

        /**
         * Decodes a TrickleRequest message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {livekit.TrickleRequest & livekit.TrickleRequest.$Shape} TrickleRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): livekit.TrickleRequest & livekit.TrickleRequest.$Shape;

        /**
         * Verifies a TrickleRequest message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a TrickleRequest message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns TrickleRequest
         */
        static fromObject(object: { [k: string]: any }): livekit.TrickleRequest;

        /**
         * Creates a plain object from a TrickleRequest message. Also converts values to other types if specified.
         * @param message TrickleRequest
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: livekit.TrickleRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this TrickleRequest to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for TrickleRequest
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace TrickleRequest {

        /** Properties of a TrickleRequest. */
        interface $Properties {

            /** TrickleRequest candidateInit */
            candidateInit?: (string|null);

            /** TrickleRequest target */
            target?: (livekit.SignalTarget|null);

            /** TrickleRequest final */
            final?: (boolean|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a TrickleRequest. */
        type $Shape = livekit.TrickleRequest.$Properties;
    }

    /**
     * Properties of a LeaveRequest.
     * @deprecated Use livekit.LeaveRequest.$Properties instead.
     */
    interface ILeaveRequest extends livekit.LeaveRequest.$Properties {
    }

    /** Represents a LeaveRequest. */
    class LeaveRequest {

        /**
         * Constructs a new LeaveRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: livekit.LeaveRequest.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** LeaveRequest canReconnect. */
        canReconnect: boolean;

        /** LeaveRequest reason. */
        reason: livekit.DisconnectReason;

        /** LeaveRequest action. */
        action: livekit.LeaveRequest.Action;

        /**
         * Creates a new LeaveRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns LeaveRequest instance
         */
        static create(properties: livekit.LeaveRequest.$Shape): livekit.LeaveRequest & livekit.LeaveRequest.$Shape;
        static create(properties?: livekit.LeaveRequest.$Properties): livekit.LeaveRequest;

        /**
         * Encodes the specified LeaveRequest message. Does not implicitly {@link livekit.LeaveRequest.verify|verify} messages.
         * @param message LeaveRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: livekit.LeaveRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified LeaveRequest message, length delimited. Does not implicitly {@link livekit.LeaveRequest.verify|verify} messages.
         * @param message LeaveRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: livekit.LeaveRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a LeaveRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {livekit.LeaveRequest & livekit.LeaveRequest.$Shape} LeaveRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): livekit.LeaveRequest & livekit.LeaveRequest.$Shape;

        /**
         * Decodes a LeaveRequest message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {livekit.LeaveRequest & livekit.LeaveRequest.$Shape} LeaveRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): livekit.LeaveRequest & livekit.LeaveRequest.$Shape;

        /**
         * Verifies a LeaveRequest message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a LeaveRequest message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns LeaveRequest
         */
        static fromObject(object: { [k: string]: any }): livekit.LeaveRequest;

        /**
         * Creates a plain object from a LeaveRequest message. Also converts values to other types if specified.
         * @param message LeaveRequest
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: livekit.LeaveRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this LeaveRequest to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for LeaveRequest
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace LeaveRequest {

        /** Properties of a LeaveRequest. */
        interface $Properties {

            /** LeaveRequest canReconnect */
            canReconnect?: (boolean|null);

            /** LeaveRequest reason */
            reason?: (livekit.DisconnectReason|null);

            /** LeaveRequest action */
            action?: (livekit.LeaveRequest.Action|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a LeaveRequest. */
        type $Shape = livekit.LeaveRequest.$Properties;

        /** Action enum. */
        enum Action {

            /** DISCONNECT value */
            DISCONNECT = 0,

            /** RESUME value */
            RESUME = 1,

            /** RECONNECT value */
            RECONNECT = 2
        }
    }

    /**
     * Properties of a Ping.
     * @deprecated Use livekit.Ping.$Properties instead.
     */
    interface IPing extends livekit.Ping.$Properties {
    }

    /** Represents a Ping. */
    class Ping {

        /**
         * Constructs a new Ping.
         * @param [properties] Properties to set
         */
        constructor(properties?: livekit.Ping.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Ping timestamp. */
        timestamp: (number|Long);

        /** Ping rtt. */
        rtt: (number|Long);

        /**
         * Creates a new Ping instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Ping instance
         */
        static create(properties: livekit.Ping.$Shape): livekit.Ping & livekit.Ping.$Shape;
        static create(properties?: livekit.Ping.$Properties): livekit.Ping;

        /**
         * Encodes the specified Ping message. Does not implicitly {@link livekit.Ping.verify|verify} messages.
         * @param message Ping message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: livekit.Ping.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified Ping message, length delimited. Does not implicitly {@link livekit.Ping.verify|verify} messages.
         * @param message Ping message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: livekit.Ping.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Ping message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {livekit.Ping & livekit.Ping.$Shape} Ping
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): livekit.Ping & livekit.Ping.$Shape;

        /**
         * Decodes a Ping message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {livekit.Ping & livekit.Ping.$Shape} Ping
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): livekit.Ping & livekit.Ping.$Shape;

        /**
         * Verifies a Ping message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a Ping message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns Ping
         */
        static fromObject(object: { [k: string]: any }): livekit.Ping;

        /**
         * Creates a plain object from a Ping message. Also converts values to other types if specified.
         * @param message Ping
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: livekit.Ping, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this Ping to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for Ping
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace Ping {

        /** Properties of a Ping. */
        interface $Properties {

            /** Ping timestamp */
            timestamp?: (number|Long|null);

            /** Ping rtt */
            rtt?: (number|Long|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Ping. */
        type $Shape = livekit.Ping.$Properties;
    }

    /**
     * Properties of a Pong.
     * @deprecated Use livekit.Pong.$Properties instead.
     */
    interface IPong extends livekit.Pong.$Properties {
    }

    /** Represents a Pong. */
    class Pong {

        /**
         * Constructs a new Pong.
         * @param [properties] Properties to set
         */
        constructor(properties?: livekit.Pong.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Pong lastPingTimestamp. */
        lastPingTimestamp: (number|Long);

        /** Pong timestamp. */
        timestamp: (number|Long);

        /**
         * Creates a new Pong instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Pong instance
         */
        static create(properties: livekit.Pong.$Shape): livekit.Pong & livekit.Pong.$Shape;
        static create(properties?: livekit.Pong.$Properties): livekit.Pong;

        /**
         * Encodes the specified Pong message. Does not implicitly {@link livekit.Pong.verify|verify} messages.
         * @param message Pong message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: livekit.Pong.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified Pong message, length delimited. Does not implicitly {@link livekit.Pong.verify|verify} messages.
         * @param message Pong message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: livekit.Pong.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Pong message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {livekit.Pong & livekit.Pong.$Shape} Pong
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): livekit.Pong & livekit.Pong.$Shape;

        /**
         * Decodes a Pong message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {livekit.Pong & livekit.Pong.$Shape} Pong
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): livekit.Pong & livekit.Pong.$Shape;

        /**
         * Verifies a Pong message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a Pong message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns Pong
         */
        static fromObject(object: { [k: string]: any }): livekit.Pong;

        /**
         * Creates a plain object from a Pong message. Also converts values to other types if specified.
         * @param message Pong
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: livekit.Pong, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this Pong to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for Pong
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace Pong {

        /** Properties of a Pong. */
        interface $Properties {

            /** Pong lastPingTimestamp */
            lastPingTimestamp?: (number|Long|null);

            /** Pong timestamp */
            timestamp?: (number|Long|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Pong. */
        type $Shape = livekit.Pong.$Properties;
    }

    /**
     * Properties of a ParticipantUpdate.
     * @deprecated Use livekit.ParticipantUpdate.$Properties instead.
     */
    interface IParticipantUpdate extends livekit.ParticipantUpdate.$Properties {
    }

    /** Represents a ParticipantUpdate. */
    class ParticipantUpdate {

        /**
         * Constructs a new ParticipantUpdate.
         * @param [properties] Properties to set
         */
        constructor(properties?: livekit.ParticipantUpdate.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ParticipantUpdate participants. */
        participants: livekit.ParticipantInfo.$Properties[];

        /**
         * Creates a new ParticipantUpdate instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ParticipantUpdate instance
         */
        static create(properties: livekit.ParticipantUpdate.$Shape): livekit.ParticipantUpdate & livekit.ParticipantUpdate.$Shape;
        static create(properties?: livekit.ParticipantUpdate.$Properties): livekit.ParticipantUpdate;

        /**
         * Encodes the specified ParticipantUpdate message. Does not implicitly {@link livekit.ParticipantUpdate.verify|verify} messages.
         * @param message ParticipantUpdate message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: livekit.ParticipantUpdate.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified ParticipantUpdate message, length delimited. Does not implicitly {@link livekit.ParticipantUpdate.verify|verify} messages.
         * @param message ParticipantUpdate message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: livekit.ParticipantUpdate.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ParticipantUpdate message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {livekit.ParticipantUpdate & livekit.ParticipantUpdate.$Shape} ParticipantUpdate
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): livekit.ParticipantUpdate & livekit.ParticipantUpdate.$Shape;

        /**
         * Decodes a ParticipantUpdate message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {livekit.ParticipantUpdate & livekit.ParticipantUpdate.$Shape} ParticipantUpdate
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): livekit.ParticipantUpdate & livekit.ParticipantUpdate.$Shape;

        /**
         * Verifies a ParticipantUpdate message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a ParticipantUpdate message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns ParticipantUpdate
         */
        static fromObject(object: { [k: string]: any }): livekit.ParticipantUpdate;

        /**
         * Creates a plain object from a ParticipantUpdate message. Also converts values to other types if specified.
         * @param message ParticipantUpdate
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: livekit.ParticipantUpdate, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this ParticipantUpdate to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for ParticipantUpdate
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace ParticipantUpdate {

        /** Properties of a ParticipantUpdate. */
        interface $Properties {

            /** ParticipantUpdate participants */
            participants?: (livekit.ParticipantInfo.$Properties[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a ParticipantUpdate. */
        type $Shape = {
          participants?: livekit.ParticipantInfo.$Shape[]|null;
          $unknowns?: Uint8Array[];
        };
    }

    /**
     * Properties of a ConnectionSettings.
     * @deprecated Use livekit.ConnectionSettings.$Properties instead.
     */
    interface IConnectionSettings extends livekit.ConnectionSettings.$Properties {
    }

    /** Represents a ConnectionSettings. */
    class ConnectionSettings {

        /**
         * Constructs a new ConnectionSettings.
         * @param [properties] Properties to set
         */
        constructor(properties?: livekit.ConnectionSettings.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ConnectionSettings autoSubscribe. */
        autoSubscribe: boolean;

        /** ConnectionSettings adaptiveStream. */
        adaptiveStream: boolean;

        /** ConnectionSettings subscriberAllowPause. */
        subscriberAllowPause?: (boolean|null);

        /** ConnectionSettings disableIceLite. */
        disableIceLite: boolean;

        /** ConnectionSettings autoSubscribeDataTrack. */
        autoSubscribeDataTrack?: (boolean|null);

        /**
         * Creates a new ConnectionSettings instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ConnectionSettings instance
         */
        static create(properties: livekit.ConnectionSettings.$Shape): livekit.ConnectionSettings & livekit.ConnectionSettings.$Shape;
        static create(properties?: livekit.ConnectionSettings.$Properties): livekit.ConnectionSettings;

        /**
         * Encodes the specified ConnectionSettings message. Does not implicitly {@link livekit.ConnectionSettings.verify|verify} messages.
         * @param message ConnectionSettings message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: livekit.ConnectionSettings.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified ConnectionSettings message, length delimited. Does not implicitly {@link livekit.ConnectionSettings.verify|verify} messages.
         * @param message ConnectionSettings message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: livekit.ConnectionSettings.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ConnectionSettings message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {livekit.ConnectionSettings & livekit.ConnectionSettings.$Shape} ConnectionSettings
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): livekit.ConnectionSettings & livekit.ConnectionSettings.$Shape;

        /**
         * Decodes a ConnectionSettings message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {livekit.ConnectionSettings & livekit.ConnectionSettings.$Shape} ConnectionSettings
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): livekit.ConnectionSettings & livekit.ConnectionSettings.$Shape;

        /**
         * Verifies a ConnectionSettings message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a ConnectionSettings message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns ConnectionSettings
         */
        static fromObject(object: { [k: string]: any }): livekit.ConnectionSettings;

        /**
         * Creates a plain object from a ConnectionSettings message. Also converts values to other types if specified.
         * @param message ConnectionSettings
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: livekit.ConnectionSettings, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this ConnectionSettings to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for ConnectionSettings
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace ConnectionSettings {

        /** Properties of a ConnectionSettings. */
        interface $Properties {

            /** ConnectionSettings autoSubscribe */
            autoSubscribe?: (boolean|null);

            /** ConnectionSettings adaptiveStream */
            adaptiveStream?: (boolean|null);

            /** ConnectionSettings subscriberAllowPause */
            subscriberAllowPause?: (boolean|null);

            /** ConnectionSettings disableIceLite */
            disableIceLite?: (boolean|null);

            /** ConnectionSettings autoSubscribeDataTrack */
            autoSubscribeDataTrack?: (boolean|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a ConnectionSettings. */
        type $Shape = livekit.ConnectionSettings.$Properties;
    }

    /**
     * Properties of a JoinRequest.
     * @deprecated Use livekit.JoinRequest.$Properties instead.
     */
    interface IJoinRequest extends livekit.JoinRequest.$Properties {
    }

    /** Represents a JoinRequest. */
    class JoinRequest {

        /**
         * Constructs a new JoinRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: livekit.JoinRequest.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** JoinRequest clientInfo. */
        clientInfo?: (livekit.ClientInfo.$Properties|null);

        /** JoinRequest connectionSettings. */
        connectionSettings?: (livekit.ConnectionSettings.$Properties|null);

        /** JoinRequest metadata. */
        metadata: string;

        /** JoinRequest participantAttributes. */
        participantAttributes: { [k: string]: string };

        /** JoinRequest publisherOffer. */
        publisherOffer?: (livekit.SessionDescription.$Properties|null);

        /** JoinRequest reconnect. */
        reconnect: boolean;

        /** JoinRequest reconnectReason. */
        reconnectReason: livekit.ReconnectReason;

        /** JoinRequest participantSid. */
        participantSid: string;

        /**
         * Creates a new JoinRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns JoinRequest instance
         */
        static create(properties: livekit.JoinRequest.$Shape): livekit.JoinRequest & livekit.JoinRequest.$Shape;
        static create(properties?: livekit.JoinRequest.$Properties): livekit.JoinRequest;

        /**
         * Encodes the specified JoinRequest message. Does not implicitly {@link livekit.JoinRequest.verify|verify} messages.
         * @param message JoinRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: livekit.JoinRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified JoinRequest message, length delimited. Does not implicitly {@link livekit.JoinRequest.verify|verify} messages.
         * @param message JoinRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: livekit.JoinRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a JoinRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {livekit.JoinRequest & livekit.JoinRequest.$Shape} JoinRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): livekit.JoinRequest & livekit.JoinRequest.$Shape;

        /**
         * Decodes a JoinRequest message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {livekit.JoinRequest & livekit.JoinRequest.$Shape} JoinRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): livekit.JoinRequest & livekit.JoinRequest.$Shape;

        /**
         * Verifies a JoinRequest message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a JoinRequest message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns JoinRequest
         */
        static fromObject(object: { [k: string]: any }): livekit.JoinRequest;

        /**
         * Creates a plain object from a JoinRequest message. Also converts values to other types if specified.
         * @param message JoinRequest
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: livekit.JoinRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this JoinRequest to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for JoinRequest
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace JoinRequest {

        /** Properties of a JoinRequest. */
        interface $Properties {

            /** JoinRequest clientInfo */
            clientInfo?: (livekit.ClientInfo.$Properties|null);

            /** JoinRequest connectionSettings */
            connectionSettings?: (livekit.ConnectionSettings.$Properties|null);

            /** JoinRequest metadata */
            metadata?: (string|null);

            /** JoinRequest participantAttributes */
            participantAttributes?: ({ [k: string]: string }|null);

            /** JoinRequest publisherOffer */
            publisherOffer?: (livekit.SessionDescription.$Properties|null);

            /** JoinRequest reconnect */
            reconnect?: (boolean|null);

            /** JoinRequest reconnectReason */
            reconnectReason?: (livekit.ReconnectReason|null);

            /** JoinRequest participantSid */
            participantSid?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a JoinRequest. */
        type $Shape = livekit.JoinRequest.$Properties;
    }

    /**
     * Properties of a WrappedJoinRequest.
     * @deprecated Use livekit.WrappedJoinRequest.$Properties instead.
     */
    interface IWrappedJoinRequest extends livekit.WrappedJoinRequest.$Properties {
    }

    /** Represents a WrappedJoinRequest. */
    class WrappedJoinRequest {

        /**
         * Constructs a new WrappedJoinRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: livekit.WrappedJoinRequest.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** WrappedJoinRequest compression. */
        compression: livekit.WrappedJoinRequest.Compression;

        /** WrappedJoinRequest joinRequest. */
        joinRequest: Uint8Array;

        /**
         * Creates a new WrappedJoinRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns WrappedJoinRequest instance
         */
        static create(properties: livekit.WrappedJoinRequest.$Shape): livekit.WrappedJoinRequest & livekit.WrappedJoinRequest.$Shape;
        static create(properties?: livekit.WrappedJoinRequest.$Properties): livekit.WrappedJoinRequest;

        /**
         * Encodes the specified WrappedJoinRequest message. Does not implicitly {@link livekit.WrappedJoinRequest.verify|verify} messages.
         * @param message WrappedJoinRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: livekit.WrappedJoinRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified WrappedJoinRequest message, length delimited. Does not implicitly {@link livekit.WrappedJoinRequest.verify|verify} messages.
         * @param message WrappedJoinRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: livekit.WrappedJoinRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a WrappedJoinRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {livekit.WrappedJoinRequest & livekit.WrappedJoinRequest.$Shape} WrappedJoinRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): livekit.WrappedJoinRequest & livekit.WrappedJoinRequest.$Shape;

        /**
         * Decodes a WrappedJoinRequest message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {livekit.WrappedJoinRequest & livekit.WrappedJoinRequest.$Shape} WrappedJoinRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): livekit.WrappedJoinRequest & livekit.WrappedJoinRequest.$Shape;

        /**
         * Verifies a WrappedJoinRequest message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a WrappedJoinRequest message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns WrappedJoinRequest
         */
        static fromObject(object: { [k: string]: any }): livekit.WrappedJoinRequest;

        /**
         * Creates a plain object from a WrappedJoinRequest message. Also converts values to other types if specified.
         * @param message WrappedJoinRequest
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: livekit.WrappedJoinRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this WrappedJoinRequest to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for WrappedJoinRequest
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace WrappedJoinRequest {

        /** Properties of a WrappedJoinRequest. */
        interface $Properties {

            /** WrappedJoinRequest compression */
            compression?: (livekit.WrappedJoinRequest.Compression|null);

            /** WrappedJoinRequest joinRequest */
            joinRequest?: (Uint8Array|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a WrappedJoinRequest. */
        type $Shape = livekit.WrappedJoinRequest.$Properties;

        /** Compression enum. */
        enum Compression {

            /** NONE value */
            NONE = 0,

            /** GZIP value */
            GZIP = 1
        }
    }

    /**
     * Properties of a JoinResponse.
     * @deprecated Use livekit.JoinResponse.$Properties instead.
     */
    interface IJoinResponse extends livekit.JoinResponse.$Properties {
    }

    /** Represents a JoinResponse. */
    class JoinResponse {

        /**
         * Constructs a new JoinResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: livekit.JoinResponse.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** JoinResponse room. */
        room?: (livekit.Room.$Properties|null);

        /** JoinResponse participant. */
        participant?: (livekit.ParticipantInfo.$Properties|null);

        /** JoinResponse otherParticipants. */
        otherParticipants: livekit.ParticipantInfo.$Properties[];

        /** JoinResponse serverVersion. */
        serverVersion: string;

        /** JoinResponse subscriberPrimary. */
        subscriberPrimary: boolean;

        /** JoinResponse alternativeUrl. */
        alternativeUrl: string;

        /** JoinResponse clientConfiguration. */
        clientConfiguration?: (livekit.ClientConfiguration.$Properties|null);

        /** JoinResponse serverRegion. */
        serverRegion: string;

        /** JoinResponse pingTimeout. */
        pingTimeout: number;

        /** JoinResponse pingInterval. */
        pingInterval: number;

        /** JoinResponse serverInfo. */
        serverInfo?: (livekit.ServerInfo.$Properties|null);

        /** JoinResponse sifTrailer. */
        sifTrailer: Uint8Array;

        /** JoinResponse fastPublish. */
        fastPublish: boolean;

        /**
         * Creates a new JoinResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns JoinResponse instance
         */
        static create(properties: livekit.JoinResponse.$Shape): livekit.JoinResponse & livekit.JoinResponse.$Shape;
        static create(properties?: livekit.JoinResponse.$Properties): livekit.JoinResponse;

        /**
         * Encodes the specified JoinResponse message. Does not implicitly {@link livekit.JoinResponse.verify|verify} messages.
         * @param message JoinResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: livekit.JoinResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified JoinResponse message, length delimited. Does not implicitly {@link livekit.JoinResponse.verify|verify} messages.
         * @param message JoinResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: livekit.JoinResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a JoinResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {livekit.JoinResponse & livekit.JoinResponse.$Shape} JoinResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): livekit.JoinResponse & livekit.JoinResponse.$Shape;

        /**
         * Decodes a JoinResponse message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {livekit.JoinResponse & livekit.JoinResponse.$Shape} JoinResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): livekit.JoinResponse & livekit.JoinResponse.$Shape;

        /**
         * Verifies a JoinResponse message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a JoinResponse message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns JoinResponse
         */
        static fromObject(object: { [k: string]: any }): livekit.JoinResponse;

        /**
         * Creates a plain object from a JoinResponse message. Also converts values to other types if specified.
         * @param message JoinResponse
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: livekit.JoinResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this JoinResponse to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for JoinResponse
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace JoinResponse {

        /** Properties of a JoinResponse. */
        interface $Properties {

            /** JoinResponse room */
            room?: (livekit.Room.$Properties|null);

            /** JoinResponse participant */
            participant?: (livekit.ParticipantInfo.$Properties|null);

            /** JoinResponse otherParticipants */
            otherParticipants?: (livekit.ParticipantInfo.$Properties[]|null);

            /** JoinResponse serverVersion */
            serverVersion?: (string|null);

            /** JoinResponse subscriberPrimary */
            subscriberPrimary?: (boolean|null);

            /** JoinResponse alternativeUrl */
            alternativeUrl?: (string|null);

            /** JoinResponse clientConfiguration */
            clientConfiguration?: (livekit.ClientConfiguration.$Properties|null);

            /** JoinResponse serverRegion */
            serverRegion?: (string|null);

            /** JoinResponse pingTimeout */
            pingTimeout?: (number|null);

            /** JoinResponse pingInterval */
            pingInterval?: (number|null);

            /** JoinResponse serverInfo */
            serverInfo?: (livekit.ServerInfo.$Properties|null);

            /** JoinResponse sifTrailer */
            sifTrailer?: (Uint8Array|null);

            /** JoinResponse fastPublish */
            fastPublish?: (boolean|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a JoinResponse. */
        type $Shape = {
          room?: livekit.Room.$Shape|null;
          participant?: livekit.ParticipantInfo.$Shape|null;
          otherParticipants?: livekit.ParticipantInfo.$Shape[]|null;
          serverVersion?: string|null;
          subscriberPrimary?: boolean|null;
          alternativeUrl?: string|null;
          clientConfiguration?: livekit.ClientConfiguration.$Shape|null;
          serverRegion?: string|null;
          pingTimeout?: number|null;
          pingInterval?: number|null;
          serverInfo?: livekit.ServerInfo.$Shape|null;
          sifTrailer?: Uint8Array|null;
          fastPublish?: boolean|null;
          $unknowns?: Uint8Array[];
        };
    }

    /**
     * Properties of a ReconnectResponse.
     * @deprecated Use livekit.ReconnectResponse.$Properties instead.
     */
    interface IReconnectResponse extends livekit.ReconnectResponse.$Properties {
    }

    /** Represents a ReconnectResponse. */
    class ReconnectResponse {

        /**
         * Constructs a new ReconnectResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: livekit.ReconnectResponse.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ReconnectResponse clientConfiguration. */
        clientConfiguration?: (livekit.ClientConfiguration.$Properties|null);

        /** ReconnectResponse serverInfo. */
        serverInfo?: (livekit.ServerInfo.$Properties|null);

        /** ReconnectResponse lastMessageSeq. */
        lastMessageSeq: number;

        /**
         * Creates a new ReconnectResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ReconnectResponse instance
         */
        static create(properties: livekit.ReconnectResponse.$Shape): livekit.ReconnectResponse & livekit.ReconnectResponse.$Shape;
        static create(properties?: livekit.ReconnectResponse.$Properties): livekit.ReconnectResponse;

        /**
         * Encodes the specified ReconnectResponse message. Does not implicitly {@link livekit.ReconnectResponse.verify|verify} messages.
         * @param message ReconnectResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: livekit.ReconnectResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified ReconnectResponse message, length delimited. Does not implicitly {@link livekit.ReconnectResponse.verify|verify} messages.
         * @param message ReconnectResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: livekit.ReconnectResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ReconnectResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {livekit.ReconnectResponse & livekit.ReconnectResponse.$Shape} ReconnectResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): livekit.ReconnectResponse & livekit.ReconnectResponse.$Shape;

        /**
         * Decodes a ReconnectResponse message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {livekit.ReconnectResponse & livekit.ReconnectResponse.$Shape} ReconnectResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): livekit.ReconnectResponse & livekit.ReconnectResponse.$Shape;

        /**
         * Verifies a ReconnectResponse message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a ReconnectResponse message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns ReconnectResponse
         */
        static fromObject(object: { [k: string]: any }): livekit.ReconnectResponse;

        /**
         * Creates a plain object from a ReconnectResponse message. Also converts values to other types if specified.
         * @param message ReconnectResponse
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: livekit.ReconnectResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this ReconnectResponse to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for ReconnectResponse
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace ReconnectResponse {

        /** Properties of a ReconnectResponse. */
        interface $Properties {

            /** ReconnectResponse clientConfiguration */
            clientConfiguration?: (livekit.ClientConfiguration.$Properties|null);

            /** ReconnectResponse serverInfo */
            serverInfo?: (livekit.ServerInfo.$Properties|null);

            /** ReconnectResponse lastMessageSeq */
            lastMessageSeq?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a ReconnectResponse. */
        type $Shape = livekit.ReconnectResponse.$Properties;
    }

    /**
     * Properties of a RequestResponse.
     * @deprecated Use livekit.RequestResponse.$Properties instead.
     */
    interface IRequestResponse extends livekit.RequestResponse.$Properties {
    }

    /** Represents a RequestResponse. */
    class RequestResponse {

        /**
         * Constructs a new RequestResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: livekit.RequestResponse.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** RequestResponse requestId. */
        requestId: number;

        /** RequestResponse reason. */
        reason: livekit.RequestResponse.Reason;

        /** RequestResponse message. */
        message: string;

        /** RequestResponse trickle. */
        trickle?: (livekit.TrickleRequest.$Properties|null);

        /** RequestResponse publishDataTrack. */
        publishDataTrack?: (livekit.PublishDataTrackRequest.$Properties|null);

        /** RequestResponse unpublishDataTrack. */
        unpublishDataTrack?: (livekit.UnpublishDataTrackRequest.$Properties|null);

        /** RequestResponse request. */
        request?: ("trickle"|"publishDataTrack"|"unpublishDataTrack");

        /**
         * Creates a new RequestResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns RequestResponse instance
         */
        static create(properties: livekit.RequestResponse.$Shape): livekit.RequestResponse & livekit.RequestResponse.$Shape;
        static create(properties?: livekit.RequestResponse.$Properties): livekit.RequestResponse;

        /**
         * Encodes the specified RequestResponse message. Does not implicitly {@link livekit.RequestResponse.verify|verify} messages.
         * @param message RequestResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: livekit.RequestResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified RequestResponse message, length delimited. Does not implicitly {@link livekit.RequestResponse.verify|verify} messages.
         * @param message RequestResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: livekit.RequestResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a RequestResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {livekit.RequestResponse & livekit.RequestResponse.$Shape} RequestResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): livekit.RequestResponse & livekit.RequestResponse.$Shape;

        /**
         * Decodes a RequestResponse message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {livekit.RequestResponse & livekit.RequestResponse.$Shape} RequestResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): livekit.RequestResponse & livekit.RequestResponse.$Shape;

        /**
         * Verifies a RequestResponse message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a RequestResponse message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns RequestResponse
         */
        static fromObject(object: { [k: string]: any }): livekit.RequestResponse;

        /**
         * Creates a plain object from a RequestResponse message. Also converts values to other types if specified.
         * @param message RequestResponse
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: livekit.RequestResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this RequestResponse to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for RequestResponse
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace RequestResponse {

        /** Properties of a RequestResponse. */
        interface $Properties {

            /** RequestResponse requestId */
            requestId?: (number|null);

            /** RequestResponse reason */
            reason?: (livekit.RequestResponse.Reason|null);

            /** RequestResponse message */
            message?: (string|null);

            /** RequestResponse trickle */
            trickle?: (livekit.TrickleRequest.$Properties|null);

            /** RequestResponse publishDataTrack */
            publishDataTrack?: (livekit.PublishDataTrackRequest.$Properties|null);

            /** RequestResponse unpublishDataTrack */
            unpublishDataTrack?: (livekit.UnpublishDataTrackRequest.$Properties|null);

            /** RequestResponse request */
            request?: ("trickle"|"publishDataTrack"|"unpublishDataTrack");

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Narrowed shape of a RequestResponse. */
        type $Shape = {
          requestId?: number|null;
          reason?: livekit.RequestResponse.Reason|null;
          message?: string|null;
          trickle?: livekit.TrickleRequest.$Shape|null;
          publishDataTrack?: livekit.PublishDataTrackRequest.$Shape|null;
          unpublishDataTrack?: livekit.UnpublishDataTrackRequest.$Shape|null;
          $unknowns?: Uint8Array[];
        } & (
          ({ request?: undefined; trickle?: null; publishDataTrack?: null; unpublishDataTrack?: null }|{ request?: "trickle"; trickle: livekit.TrickleRequest.$Shape; publishDataTrack?: null; unpublishDataTrack?: null }|{ request?: "publishDataTrack"; trickle?: null; publishDataTrack: livekit.PublishDataTrackRequest.$Shape; unpublishDataTrack?: null }|{ request?: "unpublishDataTrack"; trickle?: null; publishDataTrack?: null; unpublishDataTrack: livekit.UnpublishDataTrackRequest.$Shape })
        );

        /** Reason enum. */
        enum Reason {

            /** OK value */
            OK = 0,

            /** NOT_FOUND value */
            NOT_FOUND = 1,

            /** NOT_ALLOWED value */
            NOT_ALLOWED = 2,

            /** LIMIT_EXCEEDED value */
            LIMIT_EXCEEDED = 3,

            /** QUEUED value */
            QUEUED = 4,

            /** UNSUPPORTED_TYPE value */
            UNSUPPORTED_TYPE = 5,

            /** UNCLASSIFIED_ERROR value */
            UNCLASSIFIED_ERROR = 6,

            /** INVALID_HANDLE value */
            INVALID_HANDLE = 7,

            /** INVALID_NAME value */
            INVALID_NAME = 8,

            /** DUPLICATE_HANDLE value */
            DUPLICATE_HANDLE = 9,

            /** DUPLICATE_NAME value */
            DUPLICATE_NAME = 10,

            /** INVALID_REQUEST value */
            INVALID_REQUEST = 11
        }
    }

    /**
     * Properties of a PublishDataTrackRequest.
     * @deprecated Use livekit.PublishDataTrackRequest.$Properties instead.
     */
    interface IPublishDataTrackRequest extends livekit.PublishDataTrackRequest.$Properties {
    }

    /** Represents a PublishDataTrackRequest. */
    class PublishDataTrackRequest {

        /**
         * Constructs a new PublishDataTrackRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: livekit.PublishDataTrackRequest.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** PublishDataTrackRequest pubHandle. */
        pubHandle: number;

        /** PublishDataTrackRequest name. */
        name: string;

        /** PublishDataTrackRequest encryption. */
        encryption: livekit.Encryption.Type;

        /** PublishDataTrackRequest frameEncoding. */
        frameEncoding?: (livekit.DataTrackFrameEncoding.$Properties|null);

        /** PublishDataTrackRequest schema. */
        schema?: (livekit.DataTrackSchemaId.$Properties|null);

        /**
         * Creates a new PublishDataTrackRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns PublishDataTrackRequest instance
         */
        static create(properties: livekit.PublishDataTrackRequest.$Shape): livekit.PublishDataTrackRequest & livekit.PublishDataTrackRequest.$Shape;
        static create(properties?: livekit.PublishDataTrackRequest.$Properties): livekit.PublishDataTrackRequest;

        /**
         * Encodes the specified PublishDataTrackRequest message. Does not implicitly {@link livekit.PublishDataTrackRequest.verify|verify} messages.
         * @param message PublishDataTrackRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: livekit.PublishDataTrackRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified PublishDataTrackRequest message, length delimited. Does not implicitly {@link livekit.PublishDataTrackRequest.verify|verify} messages.
         * @param message PublishDataTrackRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: livekit.PublishDataTrackRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a PublishDataTrackRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {livekit.PublishDataTrackRequest & livekit.PublishDataTrackRequest.$Shape} PublishDataTrackRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): livekit.PublishDataTrackRequest & livekit.PublishDataTrackRequest.$Shape;

        /**
         * Decodes a PublishDataTrackRequest message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {livekit.PublishDataTrackRequest & livekit.PublishDataTrackRequest.$Shape} PublishDataTrackRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): livekit.PublishDataTrackRequest & livekit.PublishDataTrackRequest.$Shape;

        /**
         * Verifies a PublishDataTrackRequest message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a PublishDataTrackRequest message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns PublishDataTrackRequest
         */
        static fromObject(object: { [k: string]: any }): livekit.PublishDataTrackRequest;

        /**
         * Creates a plain object from a PublishDataTrackRequest message. Also converts values to other types if specified.
         * @param message PublishDataTrackRequest
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: livekit.PublishDataTrackRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this PublishDataTrackRequest to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for PublishDataTrackRequest
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace PublishDataTrackRequest {

        /** Properties of a PublishDataTrackRequest. */
        interface $Properties {

            /** PublishDataTrackRequest pubHandle */
            pubHandle?: (number|null);

            /** PublishDataTrackRequest name */
            name?: (string|null);

            /** PublishDataTrackRequest encryption */
            encryption?: (livekit.Encryption.Type|null);

            /** PublishDataTrackRequest frameEncoding */
            frameEncoding?: (livekit.DataTrackFrameEncoding.$Properties|null);

            /** PublishDataTrackRequest schema */
            schema?: (livekit.DataTrackSchemaId.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a PublishDataTrackRequest. */
        type $Shape = {
          pubHandle?: number|null;
          name?: string|null;
          encryption?: livekit.Encryption.Type|null;
          frameEncoding?: livekit.DataTrackFrameEncoding.$Shape|null;
          schema?: livekit.DataTrackSchemaId.$Shape|null;
          $unknowns?: Uint8Array[];
        };
    }

    /**
     * Properties of a PublishDataTrackResponse.
     * @deprecated Use livekit.PublishDataTrackResponse.$Properties instead.
     */
    interface IPublishDataTrackResponse extends livekit.PublishDataTrackResponse.$Properties {
    }

    /** Represents a PublishDataTrackResponse. */
    class PublishDataTrackResponse {

        /**
         * Constructs a new PublishDataTrackResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: livekit.PublishDataTrackResponse.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** PublishDataTrackResponse info. */
        info?: (livekit.DataTrackInfo.$Properties|null);

        /**
         * Creates a new PublishDataTrackResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns PublishDataTrackResponse instance
         */
        static create(properties: livekit.PublishDataTrackResponse.$Shape): livekit.PublishDataTrackResponse & livekit.PublishDataTrackResponse.$Shape;
        static create(properties?: livekit.PublishDataTrackResponse.$Properties): livekit.PublishDataTrackResponse;

        /**
         * Encodes the specified PublishDataTrackResponse message. Does not implicitly {@link livekit.PublishDataTrackResponse.verify|verify} messages.
         * @param message PublishDataTrackResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: livekit.PublishDataTrackResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified PublishDataTrackResponse message, length delimited. Does not implicitly {@link livekit.PublishDataTrackResponse.verify|verify} messages.
         * @param message PublishDataTrackResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: livekit.PublishDataTrackResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a PublishDataTrackResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {livekit.PublishDataTrackResponse & livekit.PublishDataTrackResponse.$Shape} PublishDataTrackResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): livekit.PublishDataTrackResponse & livekit.PublishDataTrackResponse.$Shape;

        /**
         * Decodes a PublishDataTrackResponse message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {livekit.PublishDataTrackResponse & livekit.PublishDataTrackResponse.$Shape} PublishDataTrackResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): livekit.PublishDataTrackResponse & livekit.PublishDataTrackResponse.$Shape;

        /**
         * Verifies a PublishDataTrackResponse message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a PublishDataTrackResponse message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns PublishDataTrackResponse
         */
        static fromObject(object: { [k: string]: any }): livekit.PublishDataTrackResponse;

        /**
         * Creates a plain object from a PublishDataTrackResponse message. Also converts values to other types if specified.
         * @param message PublishDataTrackResponse
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: livekit.PublishDataTrackResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this PublishDataTrackResponse to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for PublishDataTrackResponse
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace PublishDataTrackResponse {

        /** Properties of a PublishDataTrackResponse. */
        interface $Properties {

            /** PublishDataTrackResponse info */
            info?: (livekit.DataTrackInfo.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a PublishDataTrackResponse. */
        type $Shape = {
          info?: livekit.DataTrackInfo.$Shape|null;
          $unknowns?: Uint8Array[];
        };
    }

    /**
     * Properties of an UnpublishDataTrackRequest.
     * @deprecated Use livekit.UnpublishDataTrackRequest.$Properties instead.
     */
    interface IUnpublishDataTrackRequest extends livekit.UnpublishDataTrackRequest.$Properties {
    }

    /** Represents an UnpublishDataTrackRequest. */
    class UnpublishDataTrackRequest {

        /**
         * Constructs a new UnpublishDataTrackRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: livekit.UnpublishDataTrackRequest.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** UnpublishDataTrackRequest pubHandle. */
        pubHandle: number;

        /**
         * Creates a new UnpublishDataTrackRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns UnpublishDataTrackRequest instance
         */
        static create(properties: livekit.UnpublishDataTrackRequest.$Shape): livekit.UnpublishDataTrackRequest & livekit.UnpublishDataTrackRequest.$Shape;
        static create(properties?: livekit.UnpublishDataTrackRequest.$Properties): livekit.UnpublishDataTrackRequest;

        /**
         * Encodes the specified UnpublishDataTrackRequest message. Does not implicitly {@link livekit.UnpublishDataTrackRequest.verify|verify} messages.
         * @param message UnpublishDataTrackRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: livekit.UnpublishDataTrackRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified UnpublishDataTrackRequest message, length delimited. Does not implicitly {@link livekit.UnpublishDataTrackRequest.verify|verify} messages.
         * @param message UnpublishDataTrackRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: livekit.UnpublishDataTrackRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an UnpublishDataTrackRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {livekit.UnpublishDataTrackRequest & livekit.UnpublishDataTrackRequest.$Shape} UnpublishDataTrackRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): livekit.UnpublishDataTrackRequest & livekit.UnpublishDataTrackRequest.$Shape;

        /**
         * Decodes an UnpublishDataTrackRequest message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {livekit.UnpublishDataTrackRequest & livekit.UnpublishDataTrackRequest.$Shape} UnpublishDataTrackRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): livekit.UnpublishDataTrackRequest & livekit.UnpublishDataTrackRequest.$Shape;

        /**
         * Verifies an UnpublishDataTrackRequest message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates an UnpublishDataTrackRequest message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns UnpublishDataTrackRequest
         */
        static fromObject(object: { [k: string]: any }): livekit.UnpublishDataTrackRequest;

        /**
         * Creates a plain object from an UnpublishDataTrackRequest message. Also converts values to other types if specified.
         * @param message UnpublishDataTrackRequest
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: livekit.UnpublishDataTrackRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this UnpublishDataTrackRequest to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for UnpublishDataTrackRequest
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace UnpublishDataTrackRequest {

        /** Properties of an UnpublishDataTrackRequest. */
        interface $Properties {

            /** UnpublishDataTrackRequest pubHandle */
            pubHandle?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an UnpublishDataTrackRequest. */
        type $Shape = livekit.UnpublishDataTrackRequest.$Properties;
    }

    /**
     * Properties of an UnpublishDataTrackResponse.
     * @deprecated Use livekit.UnpublishDataTrackResponse.$Properties instead.
     */
    interface IUnpublishDataTrackResponse extends livekit.UnpublishDataTrackResponse.$Properties {
    }

    /** Represents an UnpublishDataTrackResponse. */
    class UnpublishDataTrackResponse {

        /**
         * Constructs a new UnpublishDataTrackResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: livekit.UnpublishDataTrackResponse.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** UnpublishDataTrackResponse info. */
        info?: (livekit.DataTrackInfo.$Properties|null);

        /**
         * Creates a new UnpublishDataTrackResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns UnpublishDataTrackResponse instance
         */
        static create(properties: livekit.UnpublishDataTrackResponse.$Shape): livekit.UnpublishDataTrackResponse & livekit.UnpublishDataTrackResponse.$Shape;
        static create(properties?: livekit.UnpublishDataTrackResponse.$Properties): livekit.UnpublishDataTrackResponse;

        /**
         * Encodes the specified UnpublishDataTrackResponse message. Does not implicitly {@link livekit.UnpublishDataTrackResponse.verify|verify} messages.
         * @param message UnpublishDataTrackResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: livekit.UnpublishDataTrackResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified UnpublishDataTrackResponse message, length delimited. Does not implicitly {@link livekit.UnpublishDataTrackResponse.verify|verify} messages.
         * @param message UnpublishDataTrackResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: livekit.UnpublishDataTrackResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an UnpublishDataTrackResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {livekit.UnpublishDataTrackResponse & livekit.UnpublishDataTrackResponse.$Shape} UnpublishDataTrackResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): livekit.UnpublishDataTrackResponse & livekit.UnpublishDataTrackResponse.$Shape;

        /**
         * Decodes an UnpublishDataTrackResponse message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {livekit.UnpublishDataTrackResponse & livekit.UnpublishDataTrackResponse.$Shape} UnpublishDataTrackResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): livekit.UnpublishDataTrackResponse & livekit.UnpublishDataTrackResponse.$Shape;

        /**
         * Verifies an UnpublishDataTrackResponse message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates an UnpublishDataTrackResponse message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns UnpublishDataTrackResponse
         */
        static fromObject(object: { [k: string]: any }): livekit.UnpublishDataTrackResponse;

        /**
         * Creates a plain object from an UnpublishDataTrackResponse message. Also converts values to other types if specified.
         * @param message UnpublishDataTrackResponse
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: livekit.UnpublishDataTrackResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this UnpublishDataTrackResponse to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for UnpublishDataTrackResponse
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace UnpublishDataTrackResponse {

        /** Properties of an UnpublishDataTrackResponse. */
        interface $Properties {

            /** UnpublishDataTrackResponse info */
            info?: (livekit.DataTrackInfo.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an UnpublishDataTrackResponse. */
        type $Shape = {
          info?: livekit.DataTrackInfo.$Shape|null;
          $unknowns?: Uint8Array[];
        };
    }

    /**
     * Properties of a DataTrackSubscriptionOptions.
     * @deprecated Use livekit.DataTrackSubscriptionOptions.$Properties instead.
     */
    interface IDataTrackSubscriptionOptions extends livekit.DataTrackSubscriptionOptions.$Properties {
    }

    /** Represents a DataTrackSubscriptionOptions. */
    class DataTrackSubscriptionOptions {

        /**
         * Constructs a new DataTrackSubscriptionOptions.
         * @param [properties] Properties to set
         */
        constructor(properties?: livekit.DataTrackSubscriptionOptions.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** DataTrackSubscriptionOptions targetFps. */
        targetFps?: (number|null);

        /**
         * Creates a new DataTrackSubscriptionOptions instance using the specified properties.
         * @param [properties] Properties to set
         * @returns DataTrackSubscriptionOptions instance
         */
        static create(properties: livekit.DataTrackSubscriptionOptions.$Shape): livekit.DataTrackSubscriptionOptions & livekit.DataTrackSubscriptionOptions.$Shape;
        static create(properties?: livekit.DataTrackSubscriptionOptions.$Properties): livekit.DataTrackSubscriptionOptions;

        /**
         * Encodes the specified DataTrackSubscriptionOptions message. Does not implicitly {@link livekit.DataTrackSubscriptionOptions.verify|verify} messages.
         * @param message DataTrackSubscriptionOptions message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: livekit.DataTrackSubscriptionOptions.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified DataTrackSubscriptionOptions message, length delimited. Does not implicitly {@link livekit.DataTrackSubscriptionOptions.verify|verify} messages.
         * @param message DataTrackSubscriptionOptions message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: livekit.DataTrackSubscriptionOptions.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a DataTrackSubscriptionOptions message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {livekit.DataTrackSubscriptionOptions & livekit.DataTrackSubscriptionOptions.$Shape} DataTrackSubscriptionOptions
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): livekit.DataTrackSubscriptionOptions & livekit.DataTrackSubscriptionOptions.$Shape;

        /**
         * Decodes a DataTrackSubscriptionOptions message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {livekit.DataTrackSubscriptionOptions & livekit.DataTrackSubscriptionOptions.$Shape} DataTrackSubscriptionOptions
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): livekit.DataTrackSubscriptionOptions & livekit.DataTrackSubscriptionOptions.$Shape;

        /**
         * Verifies a DataTrackSubscriptionOptions message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a DataTrackSubscriptionOptions message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns DataTrackSubscriptionOptions
         */
        static fromObject(object: { [k: string]: any }): livekit.DataTrackSubscriptionOptions;

        /**
         * Creates a plain object from a DataTrackSubscriptionOptions message. Also converts values to other types if specified.
         * @param message DataTrackSubscriptionOptions
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: livekit.DataTrackSubscriptionOptions, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this DataTrackSubscriptionOptions to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for DataTrackSubscriptionOptions
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace DataTrackSubscriptionOptions {

        /** Properties of a DataTrackSubscriptionOptions. */
        interface $Properties {

            /** DataTrackSubscriptionOptions targetFps */
            targetFps?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a DataTrackSubscriptionOptions. */
        type $Shape = livekit.DataTrackSubscriptionOptions.$Properties;
    }

    /**
     * Properties of an UpdateDataSubscription.
     * @deprecated Use livekit.UpdateDataSubscription.$Properties instead.
     */
    interface IUpdateDataSubscription extends livekit.UpdateDataSubscription.$Properties {
    }

    /** Represents an UpdateDataSubscription. */
    class UpdateDataSubscription {

        /**
         * Constructs a new UpdateDataSubscription.
         * @param [properties] Properties to set
         */
        constructor(properties?: livekit.UpdateDataSubscription.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** UpdateDataSubscription updates. */
        updates: livekit.UpdateDataSubscription.Update.$Properties[];

        /**
         * Creates a new UpdateDataSubscription instance using the specified properties.
         * @param [properties] Properties to set
         * @returns UpdateDataSubscription instance
         */
        static create(properties: livekit.UpdateDataSubscription.$Shape): livekit.UpdateDataSubscription & livekit.UpdateDataSubscription.$Shape;
        static create(properties?: livekit.UpdateDataSubscription.$Properties): livekit.UpdateDataSubscription;

        /**
         * Encodes the specified UpdateDataSubscription message. Does not implicitly {@link livekit.UpdateDataSubscription.verify|verify} messages.
         * @param message UpdateDataSubscription message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: livekit.UpdateDataSubscription.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified UpdateDataSubscription message, length delimited. Does not implicitly {@link livekit.UpdateDataSubscription.verify|verify} messages.
         * @param message UpdateDataSubscription message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: livekit.UpdateDataSubscription.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an UpdateDataSubscription message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {livekit.UpdateDataSubscription & livekit.UpdateDataSubscription.$Shape} UpdateDataSubscription
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): livekit.UpdateDataSubscription & livekit.UpdateDataSubscription.$Shape;

        /**
         * Decodes an UpdateDataSubscription message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {livekit.UpdateDataSubscription & livekit.UpdateDataSubscription.$Shape} UpdateDataSubscription
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): livekit.UpdateDataSubscription & livekit.UpdateDataSubscription.$Shape;

        /**
         * Verifies an UpdateDataSubscription message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates an UpdateDataSubscription message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns UpdateDataSubscription
         */
        static fromObject(object: { [k: string]: any }): livekit.UpdateDataSubscription;

        /**
         * Creates a plain object from an UpdateDataSubscription message. Also converts values to other types if specified.
         * @param message UpdateDataSubscription
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: livekit.UpdateDataSubscription, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this UpdateDataSubscription to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for UpdateDataSubscription
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace UpdateDataSubscription {

        /** Properties of an UpdateDataSubscription. */
        interface $Properties {

            /** UpdateDataSubscription updates */
            updates?: (livekit.UpdateDataSubscription.Update.$Properties[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an UpdateDataSubscription. */
        type $Shape = livekit.UpdateDataSubscription.$Properties;

        /**
         * Properties of an Update.
         * @deprecated Use livekit.UpdateDataSubscription.Update.$Properties instead.
         */
        interface IUpdate extends livekit.UpdateDataSubscription.Update.$Properties {
        }

        /** Represents an Update. */
        class Update {

            /**
             * Constructs a new Update.
             * @param [properties] Properties to set
             */
            constructor(properties?: livekit.UpdateDataSubscription.Update.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Update trackSid. */
            trackSid: string;

            /** Update subscribe. */
            subscribe: boolean;

            /** Update options. */
            options?: (livekit.DataTrackSubscriptionOptions.$Properties|null);

            /**
             * Creates a new Update instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Update instance
             */
            static create(properties: livekit.UpdateDataSubscription.Update.$Shape): livekit.UpdateDataSubscription.Update & livekit.UpdateDataSubscription.Update.$Shape;
            static create(properties?: livekit.UpdateDataSubscription.Update.$Properties): livekit.UpdateDataSubscription.Update;

            /**
             * Encodes the specified Update message. Does not implicitly {@link livekit.UpdateDataSubscription.Update.verify|verify} messages.
             * @param message Update message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: livekit.UpdateDataSubscription.Update.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Update message, length delimited. Does not implicitly {@link livekit.UpdateDataSubscription.Update.verify|verify} messages.
             * @param message Update message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: livekit.UpdateDataSubscription.Update.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Update message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {livekit.UpdateDataSubscription.Update & livekit.UpdateDataSubscription.Update.$Shape} Update
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): livekit.UpdateDataSubscription.Update & livekit.UpdateDataSubscription.Update.$Shape;

            /**
             * Decodes an Update message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {livekit.UpdateDataSubscription.Update & livekit.UpdateDataSubscription.Update.$Shape} Update
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): livekit.UpdateDataSubscription.Update & livekit.UpdateDataSubscription.Update.$Shape;

            /**
             * Verifies an Update message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an Update message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Update
             */
            static fromObject(object: { [k: string]: any }): livekit.UpdateDataSubscription.Update;

            /**
             * Creates a plain object from an Update message. Also converts values to other types if specified.
             * @param message Update
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: livekit.UpdateDataSubscription.Update, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Update to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Update
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Update {

            /** Properties of an Update. */
            interface $Properties {

                /** Update trackSid */
                trackSid?: (string|null);

                /** Update subscribe */
                subscribe?: (boolean|null);

                /** Update options */
                options?: (livekit.DataTrackSubscriptionOptions.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Update. */
            type $Shape = livekit.UpdateDataSubscription.Update.$Properties;
        }
    }

    /**
     * Properties of a DataTrackSubscriberHandles.
     * @deprecated Use livekit.DataTrackSubscriberHandles.$Properties instead.
     */
    interface IDataTrackSubscriberHandles extends livekit.DataTrackSubscriberHandles.$Properties {
    }

    /** Represents a DataTrackSubscriberHandles. */
    class DataTrackSubscriberHandles {

        /**
         * Constructs a new DataTrackSubscriberHandles.
         * @param [properties] Properties to set
         */
        constructor(properties?: livekit.DataTrackSubscriberHandles.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** DataTrackSubscriberHandles subHandles. */
        subHandles: { [k: string]: livekit.DataTrackSubscriberHandles.PublishedDataTrack.$Properties };

        /**
         * Creates a new DataTrackSubscriberHandles instance using the specified properties.
         * @param [properties] Properties to set
         * @returns DataTrackSubscriberHandles instance
         */
        static create(properties: livekit.DataTrackSubscriberHandles.$Shape): livekit.DataTrackSubscriberHandles & livekit.DataTrackSubscriberHandles.$Shape;
        static create(properties?: livekit.DataTrackSubscriberHandles.$Properties): livekit.DataTrackSubscriberHandles;

        /**
         * Encodes the specified DataTrackSubscriberHandles message. Does not implicitly {@link livekit.DataTrackSubscriberHandles.verify|verify} messages.
         * @param message DataTrackSubscriberHandles message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: livekit.DataTrackSubscriberHandles.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified DataTrackSubscriberHandles message, length delimited. Does not implicitly {@link livekit.DataTrackSubscriberHandles.verify|verify} messages.
         * @param message DataTrackSubscriberHandles message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: livekit.DataTrackSubscriberHandles.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a DataTrackSubscriberHandles message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {livekit.DataTrackSubscriberHandles & livekit.DataTrackSubscriberHandles.$Shape} DataTrackSubscriberHandles
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): livekit.DataTrackSubscriberHandles & livekit.DataTrackSubscriberHandles.$Shape;

        /**
         * Decodes a DataTrackSubscriberHandles message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {livekit.DataTrackSubscriberHandles & livekit.DataTrackSubscriberHandles.$Shape} DataTrackSubscriberHandles
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): livekit.DataTrackSubscriberHandles & livekit.DataTrackSubscriberHandles.$Shape;

        /**
         * Verifies a DataTrackSubscriberHandles message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a DataTrackSubscriberHandles message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns DataTrackSubscriberHandles
         */
        static fromObject(object: { [k: string]: any }): livekit.DataTrackSubscriberHandles;

        /**
         * Creates a plain object from a DataTrackSubscriberHandles message. Also converts values to other types if specified.
         * @param message DataTrackSubscriberHandles
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: livekit.DataTrackSubscriberHandles, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this DataTrackSubscriberHandles to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for DataTrackSubscriberHandles
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace DataTrackSubscriberHandles {

        /** Properties of a DataTrackSubscriberHandles. */
        interface $Properties {

            /** DataTrackSubscriberHandles subHandles */
            subHandles?: ({ [k: string]: livekit.DataTrackSubscriberHandles.PublishedDataTrack.$Properties }|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a DataTrackSubscriberHandles. */
        type $Shape = livekit.DataTrackSubscriberHandles.$Properties;

        /**
         * Properties of a PublishedDataTrack.
         * @deprecated Use livekit.DataTrackSubscriberHandles.PublishedDataTrack.$Properties instead.
         */
        interface IPublishedDataTrack extends livekit.DataTrackSubscriberHandles.PublishedDataTrack.$Properties {
        }

        /** Represents a PublishedDataTrack. */
        class PublishedDataTrack {

            /**
             * Constructs a new PublishedDataTrack.
             * @param [properties] Properties to set
             */
            constructor(properties?: livekit.DataTrackSubscriberHandles.PublishedDataTrack.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PublishedDataTrack publisherIdentity. */
            publisherIdentity: string;

            /** PublishedDataTrack publisherSid. */
            publisherSid: string;

            /** PublishedDataTrack trackSid. */
            trackSid: string;

            /**
             * Creates a new PublishedDataTrack instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PublishedDataTrack instance
             */
            static create(properties: livekit.DataTrackSubscriberHandles.PublishedDataTrack.$Shape): livekit.DataTrackSubscriberHandles.PublishedDataTrack & livekit.DataTrackSubscriberHandles.PublishedDataTrack.$Shape;
            static create(properties?: livekit.DataTrackSubscriberHandles.PublishedDataTrack.$Properties): livekit.DataTrackSubscriberHandles.PublishedDataTrack;

            /**
             * Encodes the specified PublishedDataTrack message. Does not implicitly {@link livekit.DataTrackSubscriberHandles.PublishedDataTrack.verify|verify} messages.
             * @param message PublishedDataTrack message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: livekit.DataTrackSubscriberHandles.PublishedDataTrack.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified PublishedDataTrack message, length delimited. Does not implicitly {@link livekit.DataTrackSubscriberHandles.PublishedDataTrack.verify|verify} messages.
             * @param message PublishedDataTrack message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: livekit.DataTrackSubscriberHandles.PublishedDataTrack.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PublishedDataTrack message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {livekit.DataTrackSubscriberHandles.PublishedDataTrack & livekit.DataTrackSubscriberHandles.PublishedDataTrack.$Shape} PublishedDataTrack
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): livekit.DataTrackSubscriberHandles.PublishedDataTrack & livekit.DataTrackSubscriberHandles.PublishedDataTrack.$Shape;

            /**
             * Decodes a PublishedDataTrack message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {livekit.DataTrackSubscriberHandles.PublishedDataTrack & livekit.DataTrackSubscriberHandles.PublishedDataTrack.$Shape} PublishedDataTrack
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): livekit.DataTrackSubscriberHandles.PublishedDataTrack & livekit.DataTrackSubscriberHandles.PublishedDataTrack.$Shape;

            /**
             * Verifies a PublishedDataTrack message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a PublishedDataTrack message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns PublishedDataTrack
             */
            static fromObject(object: { [k: string]: any }): livekit.DataTrackSubscriberHandles.PublishedDataTrack;

            /**
             * Creates a plain object from a PublishedDataTrack message. Also converts values to other types if specified.
             * @param message PublishedDataTrack
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: livekit.DataTrackSubscriberHandles.PublishedDataTrack, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PublishedDataTrack to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for PublishedDataTrack
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace PublishedDataTrack {

            /** Properties of a PublishedDataTrack. */
            interface $Properties {

                /** PublishedDataTrack publisherIdentity */
                publisherIdentity?: (string|null);

                /** PublishedDataTrack publisherSid */
                publisherSid?: (string|null);

                /** PublishedDataTrack trackSid */
                trackSid?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PublishedDataTrack. */
            type $Shape = livekit.DataTrackSubscriberHandles.PublishedDataTrack.$Properties;
        }
    }

    /**
     * Properties of a StoreDataBlobRequest.
     * @deprecated Use livekit.StoreDataBlobRequest.$Properties instead.
     */
    interface IStoreDataBlobRequest extends livekit.StoreDataBlobRequest.$Properties {
    }

    /** Represents a StoreDataBlobRequest. */
    class StoreDataBlobRequest {

        /**
         * Constructs a new StoreDataBlobRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: livekit.StoreDataBlobRequest.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** StoreDataBlobRequest requestId. */
        requestId: number;

        /** StoreDataBlobRequest blob. */
        blob?: (livekit.DataBlob.$Properties|null);

        /**
         * Creates a new StoreDataBlobRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns StoreDataBlobRequest instance
         */
        static create(properties: livekit.StoreDataBlobRequest.$Shape): livekit.StoreDataBlobRequest & livekit.StoreDataBlobRequest.$Shape;
        static create(properties?: livekit.StoreDataBlobRequest.$Properties): livekit.StoreDataBlobRequest;

        /**
         * Encodes the specified StoreDataBlobRequest message. Does not implicitly {@link livekit.StoreDataBlobRequest.verify|verify} messages.
         * @param message StoreDataBlobRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: livekit.StoreDataBlobRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified StoreDataBlobRequest message, length delimited. Does not implicitly {@link livekit.StoreDataBlobRequest.verify|verify} messages.
         * @param message StoreDataBlobRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: livekit.StoreDataBlobRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a StoreDataBlobRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {livekit.StoreDataBlobRequest & livekit.StoreDataBlobRequest.$Shape} StoreDataBlobRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): livekit.StoreDataBlobRequest & livekit.StoreDataBlobRequest.$Shape;

        /**
         * Decodes a StoreDataBlobRequest message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {livekit.StoreDataBlobRequest & livekit.StoreDataBlobRequest.$Shape} StoreDataBlobRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): livekit.StoreDataBlobRequest & livekit.StoreDataBlobRequest.$Shape;

        /**
         * Verifies a StoreDataBlobRequest message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a StoreDataBlobRequest message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns StoreDataBlobRequest
         */
        static fromObject(object: { [k: string]: any }): livekit.StoreDataBlobRequest;

        /**
         * Creates a plain object from a StoreDataBlobRequest message. Also converts values to other types if specified.
         * @param message StoreDataBlobRequest
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: livekit.StoreDataBlobRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this StoreDataBlobRequest to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for StoreDataBlobRequest
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace StoreDataBlobRequest {

        /** Properties of a StoreDataBlobRequest. */
        interface $Properties {

            /** StoreDataBlobRequest requestId */
            requestId?: (number|null);

            /** StoreDataBlobRequest blob */
            blob?: (livekit.DataBlob.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a StoreDataBlobRequest. */
        type $Shape = {
          requestId?: number|null;
          blob?: livekit.DataBlob.$Shape|null;
          $unknowns?: Uint8Array[];
        };
    }

    /**
     * Properties of a StoreDataBlobResponse.
     * @deprecated Use livekit.StoreDataBlobResponse.$Properties instead.
     */
    interface IStoreDataBlobResponse extends livekit.StoreDataBlobResponse.$Properties {
    }

    /** Represents a StoreDataBlobResponse. */
    class StoreDataBlobResponse {

        /**
         * Constructs a new StoreDataBlobResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: livekit.StoreDataBlobResponse.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** StoreDataBlobResponse requestId. */
        requestId: number;

        /** StoreDataBlobResponse key. */
        key?: (livekit.DataBlobKey.$Properties|null);

        /**
         * Creates a new StoreDataBlobResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns StoreDataBlobResponse instance
         */
        static create(properties: livekit.StoreDataBlobResponse.$Shape): livekit.StoreDataBlobResponse & livekit.StoreDataBlobResponse.$Shape;
        static create(properties?: livekit.StoreDataBlobResponse.$Properties): livekit.StoreDataBlobResponse;

        /**
         * Encodes the specified StoreDataBlobResponse message. Does not implicitly {@link livekit.StoreDataBlobResponse.verify|verify} messages.
         * @param message StoreDataBlobResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: livekit.StoreDataBlobResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified StoreDataBlobResponse message, length delimited. Does not implicitly {@link livekit.StoreDataBlobResponse.verify|verify} messages.
         * @param message StoreDataBlobResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: livekit.StoreDataBlobResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a StoreDataBlobResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {livekit.StoreDataBlobResponse & livekit.StoreDataBlobResponse.$Shape} StoreDataBlobResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): livekit.StoreDataBlobResponse & livekit.StoreDataBlobResponse.$Shape;

        /**
         * Decodes a StoreDataBlobResponse message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {livekit.StoreDataBlobResponse & livekit.StoreDataBlobResponse.$Shape} StoreDataBlobResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): livekit.StoreDataBlobResponse & livekit.StoreDataBlobResponse.$Shape;

        /**
         * Verifies a StoreDataBlobResponse message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a StoreDataBlobResponse message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns StoreDataBlobResponse
         */
        static fromObject(object: { [k: string]: any }): livekit.StoreDataBlobResponse;

        /**
         * Creates a plain object from a StoreDataBlobResponse message. Also converts values to other types if specified.
         * @param message StoreDataBlobResponse
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: livekit.StoreDataBlobResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this StoreDataBlobResponse to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for StoreDataBlobResponse
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace StoreDataBlobResponse {

        /** Properties of a StoreDataBlobResponse. */
        interface $Properties {

            /** StoreDataBlobResponse requestId */
            requestId?: (number|null);

            /** StoreDataBlobResponse key */
            key?: (livekit.DataBlobKey.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a StoreDataBlobResponse. */
        type $Shape = {
          requestId?: number|null;
          key?: livekit.DataBlobKey.$Shape|null;
          $unknowns?: Uint8Array[];
        };
    }

    /**
     * Properties of a GetDataBlobRequest.
     * @deprecated Use livekit.GetDataBlobRequest.$Properties instead.
     */
    interface IGetDataBlobRequest extends livekit.GetDataBlobRequest.$Properties {
    }

    /** Represents a GetDataBlobRequest. */
    class GetDataBlobRequest {

        /**
         * Constructs a new GetDataBlobRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: livekit.GetDataBlobRequest.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** GetDataBlobRequest requestId. */
        requestId: number;

        /** GetDataBlobRequest participantIdentity. */
        participantIdentity: string;

        /** GetDataBlobRequest key. */
        key?: (livekit.DataBlobKey.$Properties|null);

        /**
         * Creates a new GetDataBlobRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns GetDataBlobRequest instance
         */
        static create(properties: livekit.GetDataBlobRequest.$Shape): livekit.GetDataBlobRequest & livekit.GetDataBlobRequest.$Shape;
        static create(properties?: livekit.GetDataBlobRequest.$Properties): livekit.GetDataBlobRequest;

        /**
         * Encodes the specified GetDataBlobRequest message. Does not implicitly {@link livekit.GetDataBlobRequest.verify|verify} messages.
         * @param message GetDataBlobRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: livekit.GetDataBlobRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified GetDataBlobRequest message, length delimited. Does not implicitly {@link livekit.GetDataBlobRequest.verify|verify} messages.
         * @param message GetDataBlobRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: livekit.GetDataBlobRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a GetDataBlobRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {livekit.GetDataBlobRequest & livekit.GetDataBlobRequest.$Shape} GetDataBlobRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): livekit.GetDataBlobRequest & livekit.GetDataBlobRequest.$Shape;

        /**
         * Decodes a GetDataBlobRequest message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {livekit.GetDataBlobRequest & livekit.GetDataBlobRequest.$Shape} GetDataBlobRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): livekit.GetDataBlobRequest & livekit.GetDataBlobRequest.$Shape;

        /**
         * Verifies a GetDataBlobRequest message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a GetDataBlobRequest message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns GetDataBlobRequest
         */
        static fromObject(object: { [k: string]: any }): livekit.GetDataBlobRequest;

        /**
         * Creates a plain object from a GetDataBlobRequest message. Also converts values to other types if specified.
         * @param message GetDataBlobRequest
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: livekit.GetDataBlobRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this GetDataBlobRequest to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for GetDataBlobRequest
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace GetDataBlobRequest {

        /** Properties of a GetDataBlobRequest. */
        interface $Properties {

            /** GetDataBlobRequest requestId */
            requestId?: (number|null);

            /** GetDataBlobRequest participantIdentity */
            participantIdentity?: (string|null);

            /** GetDataBlobRequest key */
            key?: (livekit.DataBlobKey.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a GetDataBlobRequest. */
        type $Shape = {
          requestId?: number|null;
          participantIdentity?: string|null;
          key?: livekit.DataBlobKey.$Shape|null;
          $unknowns?: Uint8Array[];
        };
    }

    /**
     * Properties of a GetDataBlobResponse.
     * @deprecated Use livekit.GetDataBlobResponse.$Properties instead.
     */
    interface IGetDataBlobResponse extends livekit.GetDataBlobResponse.$Properties {
    }

    /** Represents a GetDataBlobResponse. */
    class GetDataBlobResponse {

        /**
         * Constructs a new GetDataBlobResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: livekit.GetDataBlobResponse.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** GetDataBlobResponse requestId. */
        requestId: number;

        /** GetDataBlobResponse blob. */
        blob?: (livekit.DataBlob.$Properties|null);

        /**
         * Creates a new GetDataBlobResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns GetDataBlobResponse instance
         */
        static create(properties: livekit.GetDataBlobResponse.$Shape): livekit.GetDataBlobResponse & livekit.GetDataBlobResponse.$Shape;
        static create(properties?: livekit.GetDataBlobResponse.$Properties): livekit.GetDataBlobResponse;

        /**
         * Encodes the specified GetDataBlobResponse message. Does not implicitly {@link livekit.GetDataBlobResponse.verify|verify} messages.
         * @param message GetDataBlobResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: livekit.GetDataBlobResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified GetDataBlobResponse message, length delimited. Does not implicitly {@link livekit.GetDataBlobResponse.verify|verify} messages.
         * @param message GetDataBlobResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: livekit.GetDataBlobResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a GetDataBlobResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {livekit.GetDataBlobResponse & livekit.GetDataBlobResponse.$Shape} GetDataBlobResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): livekit.GetDataBlobResponse & livekit.GetDataBlobResponse.$Shape;

        /**
         * Decodes a GetDataBlobResponse message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {livekit.GetDataBlobResponse & livekit.GetDataBlobResponse.$Shape} GetDataBlobResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): livekit.GetDataBlobResponse & livekit.GetDataBlobResponse.$Shape;

        /**
         * Verifies a GetDataBlobResponse message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a GetDataBlobResponse message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns GetDataBlobResponse
         */
        static fromObject(object: { [k: string]: any }): livekit.GetDataBlobResponse;

        /**
         * Creates a plain object from a GetDataBlobResponse message. Also converts values to other types if specified.
         * @param message GetDataBlobResponse
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: livekit.GetDataBlobResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this GetDataBlobResponse to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for GetDataBlobResponse
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace GetDataBlobResponse {

        /** Properties of a GetDataBlobResponse. */
        interface $Properties {

            /** GetDataBlobResponse requestId */
            requestId?: (number|null);

            /** GetDataBlobResponse blob */
            blob?: (livekit.DataBlob.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a GetDataBlobResponse. */
        type $Shape = {
          requestId?: number|null;
          blob?: livekit.DataBlob.$Shape|null;
          $unknowns?: Uint8Array[];
        };
    }

    /**
     * Properties of a Room.
     * @deprecated Use livekit.Room.$Properties instead.
     */
    interface IRoom extends livekit.Room.$Properties {
    }

    /** Represents a Room. */
    class Room {

        /**
         * Constructs a new Room.
         * @param [properties] Properties to set
         */
        constructor(properties?: livekit.Room.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Room sid. */
        sid: string;

        /** Room name. */
        name: string;

        /** Room emptyTimeout. */
        emptyTimeout: number;

        /** Room maxParticipants. */
        maxParticipants: number;

        /** Room creationTime. */
        creationTime: (number|Long);

        /** Room turnPassword. */
        turnPassword: string;

        /** Room metadata. */
        metadata: string;

        /** Room numParticipants. */
        numParticipants: number;

        /** Room activeRecording. */
        activeRecording: boolean;

        /** Room numPublishers. */
        numPublishers: number;

        /** Room departureTimeout. */
        departureTimeout: number;

        /** Room creationTimeMs. */
        creationTimeMs: (number|Long);

        /**
         * Creates a new Room instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Room instance
         */
        static create(properties: livekit.Room.$Shape): livekit.Room & livekit.Room.$Shape;
        static create(properties?: livekit.Room.$Properties): livekit.Room;

        /**
         * Encodes the specified Room message. Does not implicitly {@link livekit.Room.verify|verify} messages.
         * @param message Room message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: livekit.Room.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified Room message, length delimited. Does not implicitly {@link livekit.Room.verify|verify} messages.
         * @param message Room message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: livekit.Room.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Room message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {livekit.Room & livekit.Room.$Shape} Room
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): livekit.Room & livekit.Room.$Shape;

        /**
         * Decodes a Room message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {livekit.Room & livekit.Room.$Shape} Room
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): livekit.Room & livekit.Room.$Shape;

        /**
         * Verifies a Room message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a Room message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns Room
         */
        static fromObject(object: { [k: string]: any }): livekit.Room;

        /**
         * Creates a plain object from a Room message. Also converts values to other types if specified.
         * @param message Room
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: livekit.Room, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this Room to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for Room
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace Room {

        /** Properties of a Room. */
        interface $Properties {

            /** Room sid */
            sid?: (string|null);

            /** Room name */
            name?: (string|null);

            /** Room emptyTimeout */
            emptyTimeout?: (number|null);

            /** Room maxParticipants */
            maxParticipants?: (number|null);

            /** Room creationTime */
            creationTime?: (number|Long|null);

            /** Room turnPassword */
            turnPassword?: (string|null);

            /** Room metadata */
            metadata?: (string|null);

            /** Room numParticipants */
            numParticipants?: (number|null);

            /** Room activeRecording */
            activeRecording?: (boolean|null);

            /** Room numPublishers */
            numPublishers?: (number|null);

            /** Room departureTimeout */
            departureTimeout?: (number|null);

            /** Room creationTimeMs */
            creationTimeMs?: (number|Long|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Room. */
        type $Shape = livekit.Room.$Properties;
    }

    /**
     * Properties of a ParticipantPermission.
     * @deprecated Use livekit.ParticipantPermission.$Properties instead.
     */
    interface IParticipantPermission extends livekit.ParticipantPermission.$Properties {
    }

    /** Represents a ParticipantPermission. */
    class ParticipantPermission {

        /**
         * Constructs a new ParticipantPermission.
         * @param [properties] Properties to set
         */
        constructor(properties?: livekit.ParticipantPermission.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ParticipantPermission canSubscribe. */
        canSubscribe: boolean;

        /** ParticipantPermission canPublish. */
        canPublish: boolean;

        /** ParticipantPermission canPublishData. */
        canPublishData: boolean;

        /** ParticipantPermission hidden. */
        hidden: boolean;

        /** ParticipantPermission recorder. */
        recorder: boolean;

        /** ParticipantPermission canUpdateMetadata. */
        canUpdateMetadata: boolean;

        /** ParticipantPermission agent. */
        agent: boolean;

        /** ParticipantPermission canSubscribeMetrics. */
        canSubscribeMetrics: boolean;

        /** ParticipantPermission canManageAgentSession. */
        canManageAgentSession: boolean;

        /**
         * Creates a new ParticipantPermission instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ParticipantPermission instance
         */
        static create(properties: livekit.ParticipantPermission.$Shape): livekit.ParticipantPermission & livekit.ParticipantPermission.$Shape;
        static create(properties?: livekit.ParticipantPermission.$Properties): livekit.ParticipantPermission;

        /**
         * Encodes the specified ParticipantPermission message. Does not implicitly {@link livekit.ParticipantPermission.verify|verify} messages.
         * @param message ParticipantPermission message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: livekit.ParticipantPermission.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified ParticipantPermission message, length delimited. Does not implicitly {@link livekit.ParticipantPermission.verify|verify} messages.
         * @param message ParticipantPermission message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: livekit.ParticipantPermission.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ParticipantPermission message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {livekit.ParticipantPermission & livekit.ParticipantPermission.$Shape} ParticipantPermission
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): livekit.ParticipantPermission & livekit.ParticipantPermission.$Shape;

        /**
         * Decodes a ParticipantPermission message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {livekit.ParticipantPermission & livekit.ParticipantPermission.$Shape} ParticipantPermission
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): livekit.ParticipantPermission & livekit.ParticipantPermission.$Shape;

        /**
         * Verifies a ParticipantPermission message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a ParticipantPermission message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns ParticipantPermission
         */
        static fromObject(object: { [k: string]: any }): livekit.ParticipantPermission;

        /**
         * Creates a plain object from a ParticipantPermission message. Also converts values to other types if specified.
         * @param message ParticipantPermission
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: livekit.ParticipantPermission, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this ParticipantPermission to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for ParticipantPermission
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace ParticipantPermission {

        /** Properties of a ParticipantPermission. */
        interface $Properties {

            /** ParticipantPermission canSubscribe */
            canSubscribe?: (boolean|null);

            /** ParticipantPermission canPublish */
            canPublish?: (boolean|null);

            /** ParticipantPermission canPublishData */
            canPublishData?: (boolean|null);

            /** ParticipantPermission hidden */
            hidden?: (boolean|null);

            /** ParticipantPermission recorder */
            recorder?: (boolean|null);

            /** ParticipantPermission canUpdateMetadata */
            canUpdateMetadata?: (boolean|null);

            /** ParticipantPermission agent */
            agent?: (boolean|null);

            /** ParticipantPermission canSubscribeMetrics */
            canSubscribeMetrics?: (boolean|null);

            /** ParticipantPermission canManageAgentSession */
            canManageAgentSession?: (boolean|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a ParticipantPermission. */
        type $Shape = livekit.ParticipantPermission.$Properties;
    }

    /**
     * Properties of a ParticipantInfo.
     * @deprecated Use livekit.ParticipantInfo.$Properties instead.
     */
    interface IParticipantInfo extends livekit.ParticipantInfo.$Properties {
    }

    /** Represents a ParticipantInfo. */
    class ParticipantInfo {

        /**
         * Constructs a new ParticipantInfo.
         * @param [properties] Properties to set
         */
        constructor(properties?: livekit.ParticipantInfo.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ParticipantInfo sid. */
        sid: string;

        /** ParticipantInfo identity. */
        identity: string;

        /** ParticipantInfo state. */
        state: livekit.ParticipantInfo.State;

        /** ParticipantInfo metadata. */
        metadata: string;

        /** ParticipantInfo joinedAt. */
        joinedAt: (number|Long);

        /** ParticipantInfo name. */
        name: string;

        /** ParticipantInfo version. */
        version: number;

        /** ParticipantInfo permission. */
        permission?: (livekit.ParticipantPermission.$Properties|null);

        /** ParticipantInfo region. */
        region: string;

        /** ParticipantInfo isPublisher. */
        isPublisher: boolean;

        /** ParticipantInfo kind. */
        kind: livekit.ParticipantInfo.Kind;

        /** ParticipantInfo attributes. */
        attributes: { [k: string]: string };

        /** ParticipantInfo disconnectReason. */
        disconnectReason: livekit.DisconnectReason;

        /** ParticipantInfo joinedAtMs. */
        joinedAtMs: (number|Long);

        /** ParticipantInfo dataTracks. */
        dataTracks: livekit.DataTrackInfo.$Properties[];

        /** ParticipantInfo clientProtocol. */
        clientProtocol: number;

        /**
         * Creates a new ParticipantInfo instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ParticipantInfo instance
         */
        static create(properties: livekit.ParticipantInfo.$Shape): livekit.ParticipantInfo & livekit.ParticipantInfo.$Shape;
        static create(properties?: livekit.ParticipantInfo.$Properties): livekit.ParticipantInfo;

        /**
         * Encodes the specified ParticipantInfo message. Does not implicitly {@link livekit.ParticipantInfo.verify|verify} messages.
         * @param message ParticipantInfo message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: livekit.ParticipantInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified ParticipantInfo message, length delimited. Does not implicitly {@link livekit.ParticipantInfo.verify|verify} messages.
         * @param message ParticipantInfo message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: livekit.ParticipantInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ParticipantInfo message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {livekit.ParticipantInfo & livekit.ParticipantInfo.$Shape} ParticipantInfo
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): livekit.ParticipantInfo & livekit.ParticipantInfo.$Shape;

        /**
         * Decodes a ParticipantInfo message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {livekit.ParticipantInfo & livekit.ParticipantInfo.$Shape} ParticipantInfo
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): livekit.ParticipantInfo & livekit.ParticipantInfo.$Shape;

        /**
         * Verifies a ParticipantInfo message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a ParticipantInfo message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns ParticipantInfo
         */
        static fromObject(object: { [k: string]: any }): livekit.ParticipantInfo;

        /**
         * Creates a plain object from a ParticipantInfo message. Also converts values to other types if specified.
         * @param message ParticipantInfo
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: livekit.ParticipantInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this ParticipantInfo to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for ParticipantInfo
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace ParticipantInfo {

        /** Properties of a ParticipantInfo. */
        interface $Properties {

            /** ParticipantInfo sid */
            sid?: (string|null);

            /** ParticipantInfo identity */
            identity?: (string|null);

            /** ParticipantInfo state */
            state?: (livekit.ParticipantInfo.State|null);

            /** ParticipantInfo metadata */
            metadata?: (string|null);

            /** ParticipantInfo joinedAt */
            joinedAt?: (number|Long|null);

            /** ParticipantInfo name */
            name?: (string|null);

            /** ParticipantInfo version */
            version?: (number|null);

            /** ParticipantInfo permission */
            permission?: (livekit.ParticipantPermission.$Properties|null);

            /** ParticipantInfo region */
            region?: (string|null);

            /** ParticipantInfo isPublisher */
            isPublisher?: (boolean|null);

            /** ParticipantInfo kind */
            kind?: (livekit.ParticipantInfo.Kind|null);

            /** ParticipantInfo attributes */
            attributes?: ({ [k: string]: string }|null);

            /** ParticipantInfo disconnectReason */
            disconnectReason?: (livekit.DisconnectReason|null);

            /** ParticipantInfo joinedAtMs */
            joinedAtMs?: (number|Long|null);

            /** ParticipantInfo dataTracks */
            dataTracks?: (livekit.DataTrackInfo.$Properties[]|null);

            /** ParticipantInfo clientProtocol */
            clientProtocol?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a ParticipantInfo. */
        type $Shape = {
          sid?: string|null;
          identity?: string|null;
          state?: livekit.ParticipantInfo.State|null;
          metadata?: string|null;
          joinedAt?: number|Long|null;
          name?: string|null;
          version?: number|null;
          permission?: livekit.ParticipantPermission.$Shape|null;
          region?: string|null;
          isPublisher?: boolean|null;
          kind?: livekit.ParticipantInfo.Kind|null;
          attributes?: { [k: string]: string }|null;
          disconnectReason?: livekit.DisconnectReason|null;
          joinedAtMs?: number|Long|null;
          dataTracks?: livekit.DataTrackInfo.$Shape[]|null;
          clientProtocol?: number|null;
          $unknowns?: Uint8Array[];
        };

        /** State enum. */
        enum State {

            /** JOINING value */
            JOINING = 0,

            /** JOINED value */
            JOINED = 1,

            /** ACTIVE value */
            ACTIVE = 2,

            /** DISCONNECTED value */
            DISCONNECTED = 3
        }

        /** Kind enum. */
        enum Kind {

            /** STANDARD value */
            STANDARD = 0,

            /** INGRESS value */
            INGRESS = 1,

            /** EGRESS value */
            EGRESS = 2,

            /** SIP value */
            SIP = 3,

            /** AGENT value */
            AGENT = 4,

            /** CONNECTOR value */
            CONNECTOR = 7,

            /** BRIDGE value */
            BRIDGE = 8
        }
    }

    /**
     * Properties of an Encryption.
     * @deprecated Use livekit.Encryption.$Properties instead.
     */
    interface IEncryption extends livekit.Encryption.$Properties {
    }

    /** Represents an Encryption. */
    class Encryption {

        /**
         * Constructs a new Encryption.
         * @param [properties] Properties to set
         */
        constructor(properties?: livekit.Encryption.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /**
         * Creates a new Encryption instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Encryption instance
         */
        static create(properties: livekit.Encryption.$Shape): livekit.Encryption & livekit.Encryption.$Shape;
        static create(properties?: livekit.Encryption.$Properties): livekit.Encryption;

        /**
         * Encodes the specified Encryption message. Does not implicitly {@link livekit.Encryption.verify|verify} messages.
         * @param message Encryption message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: livekit.Encryption.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified Encryption message, length delimited. Does not implicitly {@link livekit.Encryption.verify|verify} messages.
         * @param message Encryption message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: livekit.Encryption.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an Encryption message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {livekit.Encryption & livekit.Encryption.$Shape} Encryption
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): livekit.Encryption & livekit.Encryption.$Shape;

        /**
         * Decodes an Encryption message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {livekit.Encryption & livekit.Encryption.$Shape} Encryption
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): livekit.Encryption & livekit.Encryption.$Shape;

        /**
         * Verifies an Encryption message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates an Encryption message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns Encryption
         */
        static fromObject(object: { [k: string]: any }): livekit.Encryption;

        /**
         * Creates a plain object from an Encryption message. Also converts values to other types if specified.
         * @param message Encryption
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: livekit.Encryption, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this Encryption to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for Encryption
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace Encryption {

        /** Properties of an Encryption. */
        interface $Properties {

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an Encryption. */
        type $Shape = livekit.Encryption.$Properties;

        /** Type enum. */
        enum Type {

            /** NONE value */
            NONE = 0,

            /** GCM value */
            GCM = 1,

            /** CUSTOM value */
            CUSTOM = 2
        }
    }

    /**
     * Properties of a DataTrackFrameEncoding.
     * @deprecated Use livekit.DataTrackFrameEncoding.$Properties instead.
     */
    interface IDataTrackFrameEncoding extends livekit.DataTrackFrameEncoding.$Properties {
    }

    /** Represents a DataTrackFrameEncoding. */
    class DataTrackFrameEncoding {

        /**
         * Constructs a new DataTrackFrameEncoding.
         * @param [properties] Properties to set
         */
        constructor(properties?: livekit.DataTrackFrameEncoding.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** DataTrackFrameEncoding wellKnown. */
        wellKnown?: (livekit.DataTrackFrameEncoding.WellKnownFrameEncoding|null);

        /** DataTrackFrameEncoding custom. */
        custom?: (string|null);

        /** DataTrackFrameEncoding value. */
        value?: ("wellKnown"|"custom");

        /**
         * Creates a new DataTrackFrameEncoding instance using the specified properties.
         * @param [properties] Properties to set
         * @returns DataTrackFrameEncoding instance
         */
        static create(properties: livekit.DataTrackFrameEncoding.$Shape): livekit.DataTrackFrameEncoding & livekit.DataTrackFrameEncoding.$Shape;
        static create(properties?: livekit.DataTrackFrameEncoding.$Properties): livekit.DataTrackFrameEncoding;

        /**
         * Encodes the specified DataTrackFrameEncoding message. Does not implicitly {@link livekit.DataTrackFrameEncoding.verify|verify} messages.
         * @param message DataTrackFrameEncoding message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: livekit.DataTrackFrameEncoding.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified DataTrackFrameEncoding message, length delimited. Does not implicitly {@link livekit.DataTrackFrameEncoding.verify|verify} messages.
         * @param message DataTrackFrameEncoding message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: livekit.DataTrackFrameEncoding.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a DataTrackFrameEncoding message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {livekit.DataTrackFrameEncoding & livekit.DataTrackFrameEncoding.$Shape} DataTrackFrameEncoding
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): livekit.DataTrackFrameEncoding & livekit.DataTrackFrameEncoding.$Shape;

        /**
         * Decodes a DataTrackFrameEncoding message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {livekit.DataTrackFrameEncoding & livekit.DataTrackFrameEncoding.$Shape} DataTrackFrameEncoding
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): livekit.DataTrackFrameEncoding & livekit.DataTrackFrameEncoding.$Shape;

        /**
         * Verifies a DataTrackFrameEncoding message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a DataTrackFrameEncoding message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns DataTrackFrameEncoding
         */
        static fromObject(object: { [k: string]: any }): livekit.DataTrackFrameEncoding;

        /**
         * Creates a plain object from a DataTrackFrameEncoding message. Also converts values to other types if specified.
         * @param message DataTrackFrameEncoding
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: livekit.DataTrackFrameEncoding, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this DataTrackFrameEncoding to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for DataTrackFrameEncoding
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace DataTrackFrameEncoding {

        /** Properties of a DataTrackFrameEncoding. */
        interface $Properties {

            /** DataTrackFrameEncoding wellKnown */
            wellKnown?: (livekit.DataTrackFrameEncoding.WellKnownFrameEncoding|null);

            /** DataTrackFrameEncoding custom */
            custom?: (string|null);

            /** DataTrackFrameEncoding value */
            value?: ("wellKnown"|"custom");

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Narrowed shape of a DataTrackFrameEncoding. */
        type $Shape = {
          wellKnown?: livekit.DataTrackFrameEncoding.WellKnownFrameEncoding|null;
          custom?: string|null;
          $unknowns?: Uint8Array[];
        } & (
          ({ value?: undefined; wellKnown?: null; custom?: null }|{ value?: "wellKnown"; wellKnown: livekit.DataTrackFrameEncoding.WellKnownFrameEncoding; custom?: null }|{ value?: "custom"; wellKnown?: null; custom: string })
        );

        /** WellKnownFrameEncoding enum. */
        enum WellKnownFrameEncoding {

            /** WELL_KNOWN_FRAME_ENCODING_UNSPECIFIED value */
            WELL_KNOWN_FRAME_ENCODING_UNSPECIFIED = 0,

            /** WELL_KNOWN_FRAME_ENCODING_ROS1 value */
            WELL_KNOWN_FRAME_ENCODING_ROS1 = 1,

            /** WELL_KNOWN_FRAME_ENCODING_CDR value */
            WELL_KNOWN_FRAME_ENCODING_CDR = 2,

            /** WELL_KNOWN_FRAME_ENCODING_PROTOBUF value */
            WELL_KNOWN_FRAME_ENCODING_PROTOBUF = 3,

            /** WELL_KNOWN_FRAME_ENCODING_FLATBUFFER value */
            WELL_KNOWN_FRAME_ENCODING_FLATBUFFER = 4,

            /** WELL_KNOWN_FRAME_ENCODING_CBOR value */
            WELL_KNOWN_FRAME_ENCODING_CBOR = 5,

            /** WELL_KNOWN_FRAME_ENCODING_MSGPACK value */
            WELL_KNOWN_FRAME_ENCODING_MSGPACK = 6,

            /** WELL_KNOWN_FRAME_ENCODING_JSON value */
            WELL_KNOWN_FRAME_ENCODING_JSON = 7
        }
    }

    /**
     * Properties of a DataTrackSchemaEncoding.
     * @deprecated Use livekit.DataTrackSchemaEncoding.$Properties instead.
     */
    interface IDataTrackSchemaEncoding extends livekit.DataTrackSchemaEncoding.$Properties {
    }

    /** Represents a DataTrackSchemaEncoding. */
    class DataTrackSchemaEncoding {

        /**
         * Constructs a new DataTrackSchemaEncoding.
         * @param [properties] Properties to set
         */
        constructor(properties?: livekit.DataTrackSchemaEncoding.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** DataTrackSchemaEncoding wellKnown. */
        wellKnown?: (livekit.DataTrackSchemaEncoding.WellKnownSchemaEncoding|null);

        /** DataTrackSchemaEncoding custom. */
        custom?: (string|null);

        /** DataTrackSchemaEncoding value. */
        value?: ("wellKnown"|"custom");

        /**
         * Creates a new DataTrackSchemaEncoding instance using the specified properties.
         * @param [properties] Properties to set
         * @returns DataTrackSchemaEncoding instance
         */
        static create(properties: livekit.DataTrackSchemaEncoding.$Shape): livekit.DataTrackSchemaEncoding & livekit.DataTrackSchemaEncoding.$Shape;
        static create(properties?: livekit.DataTrackSchemaEncoding.$Properties): livekit.DataTrackSchemaEncoding;

        /**
         * Encodes the specified DataTrackSchemaEncoding message. Does not implicitly {@link livekit.DataTrackSchemaEncoding.verify|verify} messages.
         * @param message DataTrackSchemaEncoding message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: livekit.DataTrackSchemaEncoding.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified DataTrackSchemaEncoding message, length delimited. Does not implicitly {@link livekit.DataTrackSchemaEncoding.verify|verify} messages.
         * @param message DataTrackSchemaEncoding message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: livekit.DataTrackSchemaEncoding.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a DataTrackSchemaEncoding message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {livekit.DataTrackSchemaEncoding & livekit.DataTrackSchemaEncoding.$Shape} DataTrackSchemaEncoding
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): livekit.DataTrackSchemaEncoding & livekit.DataTrackSchemaEncoding.$Shape;

        /**
         * Decodes a DataTrackSchemaEncoding message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {livekit.DataTrackSchemaEncoding & livekit.DataTrackSchemaEncoding.$Shape} DataTrackSchemaEncoding
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): livekit.DataTrackSchemaEncoding & livekit.DataTrackSchemaEncoding.$Shape;

        /**
         * Verifies a DataTrackSchemaEncoding message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a DataTrackSchemaEncoding message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns DataTrackSchemaEncoding
         */
        static fromObject(object: { [k: string]: any }): livekit.DataTrackSchemaEncoding;

        /**
         * Creates a plain object from a DataTrackSchemaEncoding message. Also converts values to other types if specified.
         * @param message DataTrackSchemaEncoding
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: livekit.DataTrackSchemaEncoding, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this DataTrackSchemaEncoding to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for DataTrackSchemaEncoding
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace DataTrackSchemaEncoding {

        /** Properties of a DataTrackSchemaEncoding. */
        interface $Properties {

            /** DataTrackSchemaEncoding wellKnown */
            wellKnown?: (livekit.DataTrackSchemaEncoding.WellKnownSchemaEncoding|null);

            /** DataTrackSchemaEncoding custom */
            custom?: (string|null);

            /** DataTrackSchemaEncoding value */
            value?: ("wellKnown"|"custom");

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Narrowed shape of a DataTrackSchemaEncoding. */
        type $Shape = {
          wellKnown?: livekit.DataTrackSchemaEncoding.WellKnownSchemaEncoding|null;
          custom?: string|null;
          $unknowns?: Uint8Array[];
        } & (
          ({ value?: undefined; wellKnown?: null; custom?: null }|{ value?: "wellKnown"; wellKnown: livekit.DataTrackSchemaEncoding.WellKnownSchemaEncoding; custom?: null }|{ value?: "custom"; wellKnown?: null; custom: string })
        );

        /** WellKnownSchemaEncoding enum. */
        enum WellKnownSchemaEncoding {

            /** WELL_KNOWN_SCHEMA_ENCODING_UNSPECIFIED value */
            WELL_KNOWN_SCHEMA_ENCODING_UNSPECIFIED = 0,

            /** WELL_KNOWN_SCHEMA_ENCODING_PROTOBUF value */
            WELL_KNOWN_SCHEMA_ENCODING_PROTOBUF = 1,

            /** WELL_KNOWN_SCHEMA_ENCODING_FLATBUFFER value */
            WELL_KNOWN_SCHEMA_ENCODING_FLATBUFFER = 2,

            /** WELL_KNOWN_SCHEMA_ENCODING_ROS1_MSG value */
            WELL_KNOWN_SCHEMA_ENCODING_ROS1_MSG = 3,

            /** WELL_KNOWN_SCHEMA_ENCODING_ROS2_MSG value */
            WELL_KNOWN_SCHEMA_ENCODING_ROS2_MSG = 4,

            /** WELL_KNOWN_SCHEMA_ENCODING_ROS2_IDL value */
            WELL_KNOWN_SCHEMA_ENCODING_ROS2_IDL = 5,

            /** WELL_KNOWN_SCHEMA_ENCODING_OMG_IDL value */
            WELL_KNOWN_SCHEMA_ENCODING_OMG_IDL = 6,

            /** WELL_KNOWN_SCHEMA_ENCODING_JSON_SCHEMA value */
            WELL_KNOWN_SCHEMA_ENCODING_JSON_SCHEMA = 7
        }
    }

    /**
     * Properties of a DataTrackSchemaId.
     * @deprecated Use livekit.DataTrackSchemaId.$Properties instead.
     */
    interface IDataTrackSchemaId extends livekit.DataTrackSchemaId.$Properties {
    }

    /** Represents a DataTrackSchemaId. */
    class DataTrackSchemaId {

        /**
         * Constructs a new DataTrackSchemaId.
         * @param [properties] Properties to set
         */
        constructor(properties?: livekit.DataTrackSchemaId.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** DataTrackSchemaId name. */
        name: string;

        /** DataTrackSchemaId encoding. */
        encoding?: (livekit.DataTrackSchemaEncoding.$Properties|null);

        /**
         * Creates a new DataTrackSchemaId instance using the specified properties.
         * @param [properties] Properties to set
         * @returns DataTrackSchemaId instance
         */
        static create(properties: livekit.DataTrackSchemaId.$Shape): livekit.DataTrackSchemaId & livekit.DataTrackSchemaId.$Shape;
        static create(properties?: livekit.DataTrackSchemaId.$Properties): livekit.DataTrackSchemaId;

        /**
         * Encodes the specified DataTrackSchemaId message. Does not implicitly {@link livekit.DataTrackSchemaId.verify|verify} messages.
         * @param message DataTrackSchemaId message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: livekit.DataTrackSchemaId.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified DataTrackSchemaId message, length delimited. Does not implicitly {@link livekit.DataTrackSchemaId.verify|verify} messages.
         * @param message DataTrackSchemaId message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: livekit.DataTrackSchemaId.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a DataTrackSchemaId message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {livekit.DataTrackSchemaId & livekit.DataTrackSchemaId.$Shape} DataTrackSchemaId
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): livekit.DataTrackSchemaId & livekit.DataTrackSchemaId.$Shape;

        /**
         * Decodes a DataTrackSchemaId message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {livekit.DataTrackSchemaId & livekit.DataTrackSchemaId.$Shape} DataTrackSchemaId
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): livekit.DataTrackSchemaId & livekit.DataTrackSchemaId.$Shape;

        /**
         * Verifies a DataTrackSchemaId message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a DataTrackSchemaId message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns DataTrackSchemaId
         */
        static fromObject(object: { [k: string]: any }): livekit.DataTrackSchemaId;

        /**
         * Creates a plain object from a DataTrackSchemaId message. Also converts values to other types if specified.
         * @param message DataTrackSchemaId
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: livekit.DataTrackSchemaId, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this DataTrackSchemaId to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for DataTrackSchemaId
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace DataTrackSchemaId {

        /** Properties of a DataTrackSchemaId. */
        interface $Properties {

            /** DataTrackSchemaId name */
            name?: (string|null);

            /** DataTrackSchemaId encoding */
            encoding?: (livekit.DataTrackSchemaEncoding.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a DataTrackSchemaId. */
        type $Shape = {
          name?: string|null;
          encoding?: livekit.DataTrackSchemaEncoding.$Shape|null;
          $unknowns?: Uint8Array[];
        };
    }

    /**
     * Properties of a DataTrackInfo.
     * @deprecated Use livekit.DataTrackInfo.$Properties instead.
     */
    interface IDataTrackInfo extends livekit.DataTrackInfo.$Properties {
    }

    /** Represents a DataTrackInfo. */
    class DataTrackInfo {

        /**
         * Constructs a new DataTrackInfo.
         * @param [properties] Properties to set
         */
        constructor(properties?: livekit.DataTrackInfo.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** DataTrackInfo pubHandle. */
        pubHandle: number;

        /** DataTrackInfo sid. */
        sid: string;

        /** DataTrackInfo name. */
        name: string;

        /** DataTrackInfo encryption. */
        encryption: livekit.Encryption.Type;

        /** DataTrackInfo frameEncoding. */
        frameEncoding?: (livekit.DataTrackFrameEncoding.$Properties|null);

        /** DataTrackInfo schema. */
        schema?: (livekit.DataTrackSchemaId.$Properties|null);

        /**
         * Creates a new DataTrackInfo instance using the specified properties.
         * @param [properties] Properties to set
         * @returns DataTrackInfo instance
         */
        static create(properties: livekit.DataTrackInfo.$Shape): livekit.DataTrackInfo & livekit.DataTrackInfo.$Shape;
        static create(properties?: livekit.DataTrackInfo.$Properties): livekit.DataTrackInfo;

        /**
         * Encodes the specified DataTrackInfo message. Does not implicitly {@link livekit.DataTrackInfo.verify|verify} messages.
         * @param message DataTrackInfo message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: livekit.DataTrackInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified DataTrackInfo message, length delimited. Does not implicitly {@link livekit.DataTrackInfo.verify|verify} messages.
         * @param message DataTrackInfo message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: livekit.DataTrackInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a DataTrackInfo message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {livekit.DataTrackInfo & livekit.DataTrackInfo.$Shape} DataTrackInfo
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): livekit.DataTrackInfo & livekit.DataTrackInfo.$Shape;

        /**
         * Decodes a DataTrackInfo message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {livekit.DataTrackInfo & livekit.DataTrackInfo.$Shape} DataTrackInfo
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): livekit.DataTrackInfo & livekit.DataTrackInfo.$Shape;

        /**
         * Verifies a DataTrackInfo message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a DataTrackInfo message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns DataTrackInfo
         */
        static fromObject(object: { [k: string]: any }): livekit.DataTrackInfo;

        /**
         * Creates a plain object from a DataTrackInfo message. Also converts values to other types if specified.
         * @param message DataTrackInfo
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: livekit.DataTrackInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this DataTrackInfo to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for DataTrackInfo
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace DataTrackInfo {

        /** Properties of a DataTrackInfo. */
        interface $Properties {

            /** DataTrackInfo pubHandle */
            pubHandle?: (number|null);

            /** DataTrackInfo sid */
            sid?: (string|null);

            /** DataTrackInfo name */
            name?: (string|null);

            /** DataTrackInfo encryption */
            encryption?: (livekit.Encryption.Type|null);

            /** DataTrackInfo frameEncoding */
            frameEncoding?: (livekit.DataTrackFrameEncoding.$Properties|null);

            /** DataTrackInfo schema */
            schema?: (livekit.DataTrackSchemaId.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a DataTrackInfo. */
        type $Shape = {
          pubHandle?: number|null;
          sid?: string|null;
          name?: string|null;
          encryption?: livekit.Encryption.Type|null;
          frameEncoding?: livekit.DataTrackFrameEncoding.$Shape|null;
          schema?: livekit.DataTrackSchemaId.$Shape|null;
          $unknowns?: Uint8Array[];
        };
    }

    /**
     * Properties of a DataBlobKey.
     * @deprecated Use livekit.DataBlobKey.$Properties instead.
     */
    interface IDataBlobKey extends livekit.DataBlobKey.$Properties {
    }

    /** Represents a DataBlobKey. */
    class DataBlobKey {

        /**
         * Constructs a new DataBlobKey.
         * @param [properties] Properties to set
         */
        constructor(properties?: livekit.DataBlobKey.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** DataBlobKey generic. */
        generic?: (string|null);

        /** DataBlobKey schemaId. */
        schemaId?: (livekit.DataTrackSchemaId.$Properties|null);

        /** DataBlobKey key. */
        key?: ("generic"|"schemaId");

        /**
         * Creates a new DataBlobKey instance using the specified properties.
         * @param [properties] Properties to set
         * @returns DataBlobKey instance
         */
        static create(properties: livekit.DataBlobKey.$Shape): livekit.DataBlobKey & livekit.DataBlobKey.$Shape;
        static create(properties?: livekit.DataBlobKey.$Properties): livekit.DataBlobKey;

        /**
         * Encodes the specified DataBlobKey message. Does not implicitly {@link livekit.DataBlobKey.verify|verify} messages.
         * @param message DataBlobKey message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: livekit.DataBlobKey.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified DataBlobKey message, length delimited. Does not implicitly {@link livekit.DataBlobKey.verify|verify} messages.
         * @param message DataBlobKey message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: livekit.DataBlobKey.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a DataBlobKey message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {livekit.DataBlobKey & livekit.DataBlobKey.$Shape} DataBlobKey
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): livekit.DataBlobKey & livekit.DataBlobKey.$Shape;

        /**
         * Decodes a DataBlobKey message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {livekit.DataBlobKey & livekit.DataBlobKey.$Shape} DataBlobKey
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): livekit.DataBlobKey & livekit.DataBlobKey.$Shape;

        /**
         * Verifies a DataBlobKey message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a DataBlobKey message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns DataBlobKey
         */
        static fromObject(object: { [k: string]: any }): livekit.DataBlobKey;

        /**
         * Creates a plain object from a DataBlobKey message. Also converts values to other types if specified.
         * @param message DataBlobKey
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: livekit.DataBlobKey, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this DataBlobKey to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for DataBlobKey
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace DataBlobKey {

        /** Properties of a DataBlobKey. */
        interface $Properties {

            /** DataBlobKey generic */
            generic?: (string|null);

            /** DataBlobKey schemaId */
            schemaId?: (livekit.DataTrackSchemaId.$Properties|null);

            /** DataBlobKey key */
            key?: ("generic"|"schemaId");

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Narrowed shape of a DataBlobKey. */
        type $Shape = {
          generic?: string|null;
          schemaId?: livekit.DataTrackSchemaId.$Shape|null;
          $unknowns?: Uint8Array[];
        } & (
          ({ key?: undefined; generic?: null; schemaId?: null }|{ key?: "generic"; generic: string; schemaId?: null }|{ key?: "schemaId"; generic?: null; schemaId: livekit.DataTrackSchemaId.$Shape })
        );
    }

    /**
     * Properties of a DataBlob.
     * @deprecated Use livekit.DataBlob.$Properties instead.
     */
    interface IDataBlob extends livekit.DataBlob.$Properties {
    }

    /** Represents a DataBlob. */
    class DataBlob {

        /**
         * Constructs a new DataBlob.
         * @param [properties] Properties to set
         */
        constructor(properties?: livekit.DataBlob.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** DataBlob key. */
        key?: (livekit.DataBlobKey.$Properties|null);

        /** DataBlob contents. */
        contents: Uint8Array;

        /**
         * Creates a new DataBlob instance using the specified properties.
         * @param [properties] Properties to set
         * @returns DataBlob instance
         */
        static create(properties: livekit.DataBlob.$Shape): livekit.DataBlob & livekit.DataBlob.$Shape;
        static create(properties?: livekit.DataBlob.$Properties): livekit.DataBlob;

        /**
         * Encodes the specified DataBlob message. Does not implicitly {@link livekit.DataBlob.verify|verify} messages.
         * @param message DataBlob message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: livekit.DataBlob.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified DataBlob message, length delimited. Does not implicitly {@link livekit.DataBlob.verify|verify} messages.
         * @param message DataBlob message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: livekit.DataBlob.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a DataBlob message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {livekit.DataBlob & livekit.DataBlob.$Shape} DataBlob
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): livekit.DataBlob & livekit.DataBlob.$Shape;

        /**
         * Decodes a DataBlob message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {livekit.DataBlob & livekit.DataBlob.$Shape} DataBlob
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): livekit.DataBlob & livekit.DataBlob.$Shape;

        /**
         * Verifies a DataBlob message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a DataBlob message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns DataBlob
         */
        static fromObject(object: { [k: string]: any }): livekit.DataBlob;

        /**
         * Creates a plain object from a DataBlob message. Also converts values to other types if specified.
         * @param message DataBlob
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: livekit.DataBlob, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this DataBlob to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for DataBlob
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace DataBlob {

        /** Properties of a DataBlob. */
        interface $Properties {

            /** DataBlob key */
            key?: (livekit.DataBlobKey.$Properties|null);

            /** DataBlob contents */
            contents?: (Uint8Array|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a DataBlob. */
        type $Shape = {
          key?: livekit.DataBlobKey.$Shape|null;
          contents?: Uint8Array|null;
          $unknowns?: Uint8Array[];
        };
    }

    /**
     * Properties of a ClientInfo.
     * @deprecated Use livekit.ClientInfo.$Properties instead.
     */
    interface IClientInfo extends livekit.ClientInfo.$Properties {
    }

    /** Represents a ClientInfo. */
    class ClientInfo {

        /**
         * Constructs a new ClientInfo.
         * @param [properties] Properties to set
         */
        constructor(properties?: livekit.ClientInfo.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ClientInfo sdk. */
        sdk: livekit.ClientInfo.SDK;

        /** ClientInfo version. */
        version: string;

        /** ClientInfo protocol. */
        protocol: number;

        /** ClientInfo os. */
        os: string;

        /** ClientInfo osVersion. */
        osVersion: string;

        /** ClientInfo deviceModel. */
        deviceModel: string;

        /** ClientInfo browser. */
        browser: string;

        /** ClientInfo browserVersion. */
        browserVersion: string;

        /** ClientInfo address. */
        address: string;

        /** ClientInfo network. */
        network: string;

        /** ClientInfo otherSdks. */
        otherSdks: string;

        /** ClientInfo clientProtocol. */
        clientProtocol: number;

        /** ClientInfo capabilities. */
        capabilities: livekit.ClientInfo.Capability[];

        /**
         * Creates a new ClientInfo instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ClientInfo instance
         */
        static create(properties: livekit.ClientInfo.$Shape): livekit.ClientInfo & livekit.ClientInfo.$Shape;
        static create(properties?: livekit.ClientInfo.$Properties): livekit.ClientInfo;

        /**
         * Encodes the specified ClientInfo message. Does not implicitly {@link livekit.ClientInfo.verify|verify} messages.
         * @param message ClientInfo message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: livekit.ClientInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified ClientInfo message, length delimited. Does not implicitly {@link livekit.ClientInfo.verify|verify} messages.
         * @param message ClientInfo message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: livekit.ClientInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ClientInfo message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {livekit.ClientInfo & livekit.ClientInfo.$Shape} ClientInfo
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): livekit.ClientInfo & livekit.ClientInfo.$Shape;

        /**
         * Decodes a ClientInfo message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {livekit.ClientInfo & livekit.ClientInfo.$Shape} ClientInfo
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): livekit.ClientInfo & livekit.ClientInfo.$Shape;

        /**
         * Verifies a ClientInfo message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a ClientInfo message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns ClientInfo
         */
        static fromObject(object: { [k: string]: any }): livekit.ClientInfo;

        /**
         * Creates a plain object from a ClientInfo message. Also converts values to other types if specified.
         * @param message ClientInfo
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: livekit.ClientInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this ClientInfo to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for ClientInfo
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace ClientInfo {

        /** Properties of a ClientInfo. */
        interface $Properties {

            /** ClientInfo sdk */
            sdk?: (livekit.ClientInfo.SDK|null);

            /** ClientInfo version */
            version?: (string|null);

            /** ClientInfo protocol */
            protocol?: (number|null);

            /** ClientInfo os */
            os?: (string|null);

            /** ClientInfo osVersion */
            osVersion?: (string|null);

            /** ClientInfo deviceModel */
            deviceModel?: (string|null);

            /** ClientInfo browser */
            browser?: (string|null);

            /** ClientInfo browserVersion */
            browserVersion?: (string|null);

            /** ClientInfo address */
            address?: (string|null);

            /** ClientInfo network */
            network?: (string|null);

            /** ClientInfo otherSdks */
            otherSdks?: (string|null);

            /** ClientInfo clientProtocol */
            clientProtocol?: (number|null);

            /** ClientInfo capabilities */
            capabilities?: (livekit.ClientInfo.Capability[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a ClientInfo. */
        type $Shape = livekit.ClientInfo.$Properties;

        /** SDK enum. */
        enum SDK {

            /** UNKNOWN value */
            UNKNOWN = 0,

            /** JS value */
            JS = 1,

            /** SWIFT value */
            SWIFT = 2,

            /** ANDROID value */
            ANDROID = 3,

            /** FLUTTER value */
            FLUTTER = 4,

            /** GO value */
            GO = 5,

            /** UNITY value */
            UNITY = 6,

            /** REACT_NATIVE value */
            REACT_NATIVE = 7,

            /** RUST value */
            RUST = 8,

            /** PYTHON value */
            PYTHON = 9,

            /** CPP value */
            CPP = 10,

            /** UNITY_WEB value */
            UNITY_WEB = 11,

            /** NODE value */
            NODE = 12,

            /** UNREAL value */
            UNREAL = 13,

            /** ESP32 value */
            ESP32 = 14,

            /** DOTNET value */
            DOTNET = 15
        }

        /** Capability enum. */
        enum Capability {

            /** CAP_UNUSED value */
            CAP_UNUSED = 0,

            /** CAP_PACKET_TRAILER value */
            CAP_PACKET_TRAILER = 1,

            /** CAP_COMPRESSION_DEFLATE_RAW value */
            CAP_COMPRESSION_DEFLATE_RAW = 2
        }
    }

    /** ClientConfigSetting enum. */
    enum ClientConfigSetting {

        /** UNSET value */
        UNSET = 0,

        /** DISABLED value */
        DISABLED = 1,

        /** ENABLED value */
        ENABLED = 2
    }

    /**
     * Properties of a ClientConfiguration.
     * @deprecated Use livekit.ClientConfiguration.$Properties instead.
     */
    interface IClientConfiguration extends livekit.ClientConfiguration.$Properties {
    }

    /** Represents a ClientConfiguration. */
    class ClientConfiguration {

        /**
         * Constructs a new ClientConfiguration.
         * @param [properties] Properties to set
         */
        constructor(properties?: livekit.ClientConfiguration.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ClientConfiguration resumeConnection. */
        resumeConnection: livekit.ClientConfigSetting;

        /** ClientConfiguration forceRelay. */
        forceRelay: livekit.ClientConfigSetting;

        /**
         * Creates a new ClientConfiguration instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ClientConfiguration instance
         */
        static create(properties: livekit.ClientConfiguration.$Shape): livekit.ClientConfiguration & livekit.ClientConfiguration.$Shape;
        static create(properties?: livekit.ClientConfiguration.$Properties): livekit.ClientConfiguration;

        /**
         * Encodes the specified ClientConfiguration message. Does not implicitly {@link livekit.ClientConfiguration.verify|verify} messages.
         * @param message ClientConfiguration message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: livekit.ClientConfiguration.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified ClientConfiguration message, length delimited. Does not implicitly {@link livekit.ClientConfiguration.verify|verify} messages.
         * @param message ClientConfiguration message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: livekit.ClientConfiguration.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ClientConfiguration message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {livekit.ClientConfiguration & livekit.ClientConfiguration.$Shape} ClientConfiguration
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): livekit.ClientConfiguration & livekit.ClientConfiguration.$Shape;

        /**
         * Decodes a ClientConfiguration message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {livekit.ClientConfiguration & livekit.ClientConfiguration.$Shape} ClientConfiguration
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): livekit.ClientConfiguration & livekit.ClientConfiguration.$Shape;

        /**
         * Verifies a ClientConfiguration message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a ClientConfiguration message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns ClientConfiguration
         */
        static fromObject(object: { [k: string]: any }): livekit.ClientConfiguration;

        /**
         * Creates a plain object from a ClientConfiguration message. Also converts values to other types if specified.
         * @param message ClientConfiguration
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: livekit.ClientConfiguration, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this ClientConfiguration to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for ClientConfiguration
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace ClientConfiguration {

        /** Properties of a ClientConfiguration. */
        interface $Properties {

            /** ClientConfiguration resumeConnection */
            resumeConnection?: (livekit.ClientConfigSetting|null);

            /** ClientConfiguration forceRelay */
            forceRelay?: (livekit.ClientConfigSetting|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a ClientConfiguration. */
        type $Shape = livekit.ClientConfiguration.$Properties;
    }

    /**
     * Properties of a ServerInfo.
     * @deprecated Use livekit.ServerInfo.$Properties instead.
     */
    interface IServerInfo extends livekit.ServerInfo.$Properties {
    }

    /** Represents a ServerInfo. */
    class ServerInfo {

        /**
         * Constructs a new ServerInfo.
         * @param [properties] Properties to set
         */
        constructor(properties?: livekit.ServerInfo.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ServerInfo edition. */
        edition: livekit.ServerInfo.Edition;

        /** ServerInfo version. */
        version: string;

        /** ServerInfo protocol. */
        protocol: number;

        /** ServerInfo region. */
        region: string;

        /** ServerInfo nodeId. */
        nodeId: string;

        /** ServerInfo debugInfo. */
        debugInfo: string;

        /** ServerInfo agentProtocol. */
        agentProtocol: number;

        /**
         * Creates a new ServerInfo instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ServerInfo instance
         */
        static create(properties: livekit.ServerInfo.$Shape): livekit.ServerInfo & livekit.ServerInfo.$Shape;
        static create(properties?: livekit.ServerInfo.$Properties): livekit.ServerInfo;

        /**
         * Encodes the specified ServerInfo message. Does not implicitly {@link livekit.ServerInfo.verify|verify} messages.
         * @param message ServerInfo message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: livekit.ServerInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified ServerInfo message, length delimited. Does not implicitly {@link livekit.ServerInfo.verify|verify} messages.
         * @param message ServerInfo message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: livekit.ServerInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ServerInfo message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {livekit.ServerInfo & livekit.ServerInfo.$Shape} ServerInfo
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): livekit.ServerInfo & livekit.ServerInfo.$Shape;

        /**
         * Decodes a ServerInfo message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {livekit.ServerInfo & livekit.ServerInfo.$Shape} ServerInfo
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): livekit.ServerInfo & livekit.ServerInfo.$Shape;

        /**
         * Verifies a ServerInfo message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a ServerInfo message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns ServerInfo
         */
        static fromObject(object: { [k: string]: any }): livekit.ServerInfo;

        /**
         * Creates a plain object from a ServerInfo message. Also converts values to other types if specified.
         * @param message ServerInfo
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: livekit.ServerInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this ServerInfo to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for ServerInfo
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace ServerInfo {

        /** Properties of a ServerInfo. */
        interface $Properties {

            /** ServerInfo edition */
            edition?: (livekit.ServerInfo.Edition|null);

            /** ServerInfo version */
            version?: (string|null);

            /** ServerInfo protocol */
            protocol?: (number|null);

            /** ServerInfo region */
            region?: (string|null);

            /** ServerInfo nodeId */
            nodeId?: (string|null);

            /** ServerInfo debugInfo */
            debugInfo?: (string|null);

            /** ServerInfo agentProtocol */
            agentProtocol?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a ServerInfo. */
        type $Shape = livekit.ServerInfo.$Properties;

        /** Edition enum. */
        enum Edition {

            /** Standard value */
            Standard = 0,

            /** Cloud value */
            Cloud = 1
        }
    }

    /** DisconnectReason enum. */
    enum DisconnectReason {

        /** UNKNOWN_REASON value */
        UNKNOWN_REASON = 0,

        /** CLIENT_INITIATED value */
        CLIENT_INITIATED = 1,

        /** DUPLICATE_IDENTITY value */
        DUPLICATE_IDENTITY = 2,

        /** SERVER_SHUTDOWN value */
        SERVER_SHUTDOWN = 3,

        /** PARTICIPANT_REMOVED value */
        PARTICIPANT_REMOVED = 4,

        /** ROOM_DELETED value */
        ROOM_DELETED = 5,

        /** STATE_MISMATCH value */
        STATE_MISMATCH = 6,

        /** JOIN_FAILURE value */
        JOIN_FAILURE = 7,

        /** MIGRATION value */
        MIGRATION = 8,

        /** SIGNAL_CLOSE value */
        SIGNAL_CLOSE = 9,

        /** ROOM_CLOSED value */
        ROOM_CLOSED = 10,

        /** USER_UNAVAILABLE value */
        USER_UNAVAILABLE = 11,

        /** USER_REJECTED value */
        USER_REJECTED = 12,

        /** SIP_TRUNK_FAILURE value */
        SIP_TRUNK_FAILURE = 13,

        /** CONNECTION_TIMEOUT value */
        CONNECTION_TIMEOUT = 14,

        /** MEDIA_FAILURE value */
        MEDIA_FAILURE = 15,

        /** AGENT_ERROR value */
        AGENT_ERROR = 16
    }

    /** ReconnectReason enum. */
    enum ReconnectReason {

        /** RR_UNKNOWN value */
        RR_UNKNOWN = 0,

        /** RR_SIGNAL_DISCONNECTED value */
        RR_SIGNAL_DISCONNECTED = 1,

        /** RR_PUBLISHER_FAILED value */
        RR_PUBLISHER_FAILED = 2,

        /** RR_SUBSCRIBER_FAILED value */
        RR_SUBSCRIBER_FAILED = 3,

        /** RR_SWITCH_CANDIDATE value */
        RR_SWITCH_CANDIDATE = 4
    }
}
