import * as $protobuf from "protobufjs/minimal.js";
import Long = require("long");

/** Namespace livekit. */
export namespace livekit {

    /** Namespace proto. */
    namespace proto {

        /**
         * Properties of a FfiRequest.
         * @deprecated Use livekit.proto.FfiRequest.$Properties instead.
         */
        interface IFfiRequest extends livekit.proto.FfiRequest.$Properties {
        }

        /** Represents a FfiRequest. */
        class FfiRequest {

            /**
             * Constructs a new FfiRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: livekit.proto.FfiRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** FfiRequest dispose. */
            dispose?: (livekit.proto.DisposeRequest.$Properties|null);

            /** FfiRequest connect. */
            connect?: (livekit.proto.ConnectRequest.$Properties|null);

            /** FfiRequest disconnect. */
            disconnect?: (livekit.proto.DisconnectRequest.$Properties|null);

            /** FfiRequest getSessionStats. */
            getSessionStats?: (livekit.proto.GetSessionStatsRequest.$Properties|null);

            /** FfiRequest publishDataTrack. */
            publishDataTrack?: (livekit.proto.PublishDataTrackRequest.$Properties|null);

            /** FfiRequest localDataTrackTryPush. */
            localDataTrackTryPush?: (livekit.proto.LocalDataTrackTryPushRequest.$Properties|null);

            /** FfiRequest localDataTrackUnpublish. */
            localDataTrackUnpublish?: (livekit.proto.LocalDataTrackUnpublishRequest.$Properties|null);

            /** FfiRequest localDataTrackIsPublished. */
            localDataTrackIsPublished?: (livekit.proto.LocalDataTrackIsPublishedRequest.$Properties|null);

            /** FfiRequest subscribeDataTrack. */
            subscribeDataTrack?: (livekit.proto.SubscribeDataTrackRequest.$Properties|null);

            /** FfiRequest remoteDataTrackIsPublished. */
            remoteDataTrackIsPublished?: (livekit.proto.RemoteDataTrackIsPublishedRequest.$Properties|null);

            /** FfiRequest dataTrackStreamRead. */
            dataTrackStreamRead?: (livekit.proto.DataTrackStreamReadRequest.$Properties|null);

            /** FfiRequest readyForRoomEvent. */
            readyForRoomEvent?: (livekit.proto.ReadyForRoomEventRequest.$Properties|null);

            /** FfiRequest remoteDataTrackSetPipelineOptions. */
            remoteDataTrackSetPipelineOptions?: (livekit.proto.RemoteDataTrackSetPipelineOptionsRequest.$Properties|null);

            /** FfiRequest defineSchema. */
            defineSchema?: (livekit.proto.DefineSchemaRequest.$Properties|null);

            /** FfiRequest getSchema. */
            getSchema?: (livekit.proto.GetSchemaRequest.$Properties|null);

            /** FfiRequest message. */
            message?: ("dispose"|"connect"|"disconnect"|"getSessionStats"|"publishDataTrack"|"localDataTrackTryPush"|"localDataTrackUnpublish"|"localDataTrackIsPublished"|"subscribeDataTrack"|"remoteDataTrackIsPublished"|"dataTrackStreamRead"|"readyForRoomEvent"|"remoteDataTrackSetPipelineOptions"|"defineSchema"|"getSchema");

            /**
             * Creates a new FfiRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns FfiRequest instance
             */
            static create(properties: livekit.proto.FfiRequest.$Shape): livekit.proto.FfiRequest & livekit.proto.FfiRequest.$Shape;
            static create(properties?: livekit.proto.FfiRequest.$Properties): livekit.proto.FfiRequest;

            /**
             * Encodes the specified FfiRequest message. Does not implicitly {@link livekit.proto.FfiRequest.verify|verify} messages.
             * @param message FfiRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: livekit.proto.FfiRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a FfiRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {livekit.proto.FfiRequest & livekit.proto.FfiRequest.$Shape} FfiRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): livekit.proto.FfiRequest & livekit.proto.FfiRequest.$Shape;

            /**
             * Verifies a FfiRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a FfiRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns FfiRequest
             */
            static fromObject(object: { [k: string]: any }): livekit.proto.FfiRequest;

            /**
             * Creates a plain object from a FfiRequest message. Also converts values to other types if specified.
             * @param message FfiRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: livekit.proto.FfiRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this FfiRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace FfiRequest {

            /** Properties of a FfiRequest. */
            interface $Properties {

                /** FfiRequest dispose */
                dispose?: (livekit.proto.DisposeRequest.$Properties|null);

                /** FfiRequest connect */
                connect?: (livekit.proto.ConnectRequest.$Properties|null);

                /** FfiRequest disconnect */
                disconnect?: (livekit.proto.DisconnectRequest.$Properties|null);

                /** FfiRequest getSessionStats */
                getSessionStats?: (livekit.proto.GetSessionStatsRequest.$Properties|null);

                /** FfiRequest publishDataTrack */
                publishDataTrack?: (livekit.proto.PublishDataTrackRequest.$Properties|null);

                /** FfiRequest localDataTrackTryPush */
                localDataTrackTryPush?: (livekit.proto.LocalDataTrackTryPushRequest.$Properties|null);

                /** FfiRequest localDataTrackUnpublish */
                localDataTrackUnpublish?: (livekit.proto.LocalDataTrackUnpublishRequest.$Properties|null);

                /** FfiRequest localDataTrackIsPublished */
                localDataTrackIsPublished?: (livekit.proto.LocalDataTrackIsPublishedRequest.$Properties|null);

                /** FfiRequest subscribeDataTrack */
                subscribeDataTrack?: (livekit.proto.SubscribeDataTrackRequest.$Properties|null);

                /** FfiRequest remoteDataTrackIsPublished */
                remoteDataTrackIsPublished?: (livekit.proto.RemoteDataTrackIsPublishedRequest.$Properties|null);

                /** FfiRequest dataTrackStreamRead */
                dataTrackStreamRead?: (livekit.proto.DataTrackStreamReadRequest.$Properties|null);

                /** FfiRequest readyForRoomEvent */
                readyForRoomEvent?: (livekit.proto.ReadyForRoomEventRequest.$Properties|null);

                /** FfiRequest remoteDataTrackSetPipelineOptions */
                remoteDataTrackSetPipelineOptions?: (livekit.proto.RemoteDataTrackSetPipelineOptionsRequest.$Properties|null);

                /** FfiRequest defineSchema */
                defineSchema?: (livekit.proto.DefineSchemaRequest.$Properties|null);

                /** FfiRequest getSchema */
                getSchema?: (livekit.proto.GetSchemaRequest.$Properties|null);

                /** FfiRequest message */
                message?: ("dispose"|"connect"|"disconnect"|"getSessionStats"|"publishDataTrack"|"localDataTrackTryPush"|"localDataTrackUnpublish"|"localDataTrackIsPublished"|"subscribeDataTrack"|"remoteDataTrackIsPublished"|"dataTrackStreamRead"|"readyForRoomEvent"|"remoteDataTrackSetPipelineOptions"|"defineSchema"|"getSchema");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a FfiRequest. */
            type $Shape = {
              dispose?: livekit.proto.DisposeRequest.$Shape|null;
              connect?: livekit.proto.ConnectRequest.$Shape|null;
              disconnect?: livekit.proto.DisconnectRequest.$Shape|null;
              getSessionStats?: livekit.proto.GetSessionStatsRequest.$Shape|null;
              publishDataTrack?: livekit.proto.PublishDataTrackRequest.$Shape|null;
              localDataTrackTryPush?: livekit.proto.LocalDataTrackTryPushRequest.$Shape|null;
              localDataTrackUnpublish?: livekit.proto.LocalDataTrackUnpublishRequest.$Shape|null;
              localDataTrackIsPublished?: livekit.proto.LocalDataTrackIsPublishedRequest.$Shape|null;
              subscribeDataTrack?: livekit.proto.SubscribeDataTrackRequest.$Shape|null;
              remoteDataTrackIsPublished?: livekit.proto.RemoteDataTrackIsPublishedRequest.$Shape|null;
              dataTrackStreamRead?: livekit.proto.DataTrackStreamReadRequest.$Shape|null;
              readyForRoomEvent?: livekit.proto.ReadyForRoomEventRequest.$Shape|null;
              remoteDataTrackSetPipelineOptions?: livekit.proto.RemoteDataTrackSetPipelineOptionsRequest.$Shape|null;
              defineSchema?: livekit.proto.DefineSchemaRequest.$Shape|null;
              getSchema?: livekit.proto.GetSchemaRequest.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ message?: undefined; dispose?: null; connect?: null; disconnect?: null; getSessionStats?: null; publishDataTrack?: null; localDataTrackTryPush?: null; localDataTrackUnpublish?: null; localDataTrackIsPublished?: null; subscribeDataTrack?: null; remoteDataTrackIsPublished?: null; dataTrackStreamRead?: null; readyForRoomEvent?: null; remoteDataTrackSetPipelineOptions?: null; defineSchema?: null; getSchema?: null }|{ message?: "dispose"; dispose: livekit.proto.DisposeRequest.$Shape; connect?: null; disconnect?: null; getSessionStats?: null; publishDataTrack?: null; localDataTrackTryPush?: null; localDataTrackUnpublish?: null; localDataTrackIsPublished?: null; subscribeDataTrack?: null; remoteDataTrackIsPublished?: null; dataTrackStreamRead?: null; readyForRoomEvent?: null; remoteDataTrackSetPipelineOptions?: null; defineSchema?: null; getSchema?: null }|{ message?: "connect"; dispose?: null; connect: livekit.proto.ConnectRequest.$Shape; disconnect?: null; getSessionStats?: null; publishDataTrack?: null; localDataTrackTryPush?: null; localDataTrackUnpublish?: null; localDataTrackIsPublished?: null; subscribeDataTrack?: null; remoteDataTrackIsPublished?: null; dataTrackStreamRead?: null; readyForRoomEvent?: null; remoteDataTrackSetPipelineOptions?: null; defineSchema?: null; getSchema?: null }|{ message?: "disconnect"; dispose?: null; connect?: null; disconnect: livekit.proto.DisconnectRequest.$Shape; getSessionStats?: null; publishDataTrack?: null; localDataTrackTryPush?: null; localDataTrackUnpublish?: null; localDataTrackIsPublished?: null; subscribeDataTrack?: null; remoteDataTrackIsPublished?: null; dataTrackStreamRead?: null; readyForRoomEvent?: null; remoteDataTrackSetPipelineOptions?: null; defineSchema?: null; getSchema?: null }|{ message?: "getSessionStats"; dispose?: null; connect?: null; disconnect?: null; getSessionStats: livekit.proto.GetSessionStatsRequest.$Shape; publishDataTrack?: null; localDataTrackTryPush?: null; localDataTrackUnpublish?: null; localDataTrackIsPublished?: null; subscribeDataTrack?: null; remoteDataTrackIsPublished?: null; dataTrackStreamRead?: null; readyForRoomEvent?: null; remoteDataTrackSetPipelineOptions?: null; defineSchema?: null; getSchema?: null }|{ message?: "publishDataTrack"; dispose?: null; connect?: null; disconnect?: null; getSessionStats?: null; publishDataTrack: livekit.proto.PublishDataTrackRequest.$Shape; localDataTrackTryPush?: null; localDataTrackUnpublish?: null; localDataTrackIsPublished?: null; subscribeDataTrack?: null; remoteDataTrackIsPublished?: null; dataTrackStreamRead?: null; readyForRoomEvent?: null; remoteDataTrackSetPipelineOptions?: null; defineSchema?: null; getSchema?: null }|{ message?: "localDataTrackTryPush"; dispose?: null; connect?: null; disconnect?: null; getSessionStats?: null; publishDataTrack?: null; localDataTrackTryPush: livekit.proto.LocalDataTrackTryPushRequest.$Shape; localDataTrackUnpublish?: null; localDataTrackIsPublished?: null; subscribeDataTrack?: null; remoteDataTrackIsPublished?: null; dataTrackStreamRead?: null; readyForRoomEvent?: null; remoteDataTrackSetPipelineOptions?: null; defineSchema?: null; getSchema?: null }|{ message?: "localDataTrackUnpublish"; dispose?: null; connect?: null; disconnect?: null; getSessionStats?: null; publishDataTrack?: null; localDataTrackTryPush?: null; localDataTrackUnpublish: livekit.proto.LocalDataTrackUnpublishRequest.$Shape; localDataTrackIsPublished?: null; subscribeDataTrack?: null; remoteDataTrackIsPublished?: null; dataTrackStreamRead?: null; readyForRoomEvent?: null; remoteDataTrackSetPipelineOptions?: null; defineSchema?: null; getSchema?: null }|{ message?: "localDataTrackIsPublished"; dispose?: null; connect?: null; disconnect?: null; getSessionStats?: null; publishDataTrack?: null; localDataTrackTryPush?: null; localDataTrackUnpublish?: null; localDataTrackIsPublished: livekit.proto.LocalDataTrackIsPublishedRequest.$Shape; subscribeDataTrack?: null; remoteDataTrackIsPublished?: null; dataTrackStreamRead?: null; readyForRoomEvent?: null; remoteDataTrackSetPipelineOptions?: null; defineSchema?: null; getSchema?: null }|{ message?: "subscribeDataTrack"; dispose?: null; connect?: null; disconnect?: null; getSessionStats?: null; publishDataTrack?: null; localDataTrackTryPush?: null; localDataTrackUnpublish?: null; localDataTrackIsPublished?: null; subscribeDataTrack: livekit.proto.SubscribeDataTrackRequest.$Shape; remoteDataTrackIsPublished?: null; dataTrackStreamRead?: null; readyForRoomEvent?: null; remoteDataTrackSetPipelineOptions?: null; defineSchema?: null; getSchema?: null }|{ message?: "remoteDataTrackIsPublished"; dispose?: null; connect?: null; disconnect?: null; getSessionStats?: null; publishDataTrack?: null; localDataTrackTryPush?: null; localDataTrackUnpublish?: null; localDataTrackIsPublished?: null; subscribeDataTrack?: null; remoteDataTrackIsPublished: livekit.proto.RemoteDataTrackIsPublishedRequest.$Shape; dataTrackStreamRead?: null; readyForRoomEvent?: null; remoteDataTrackSetPipelineOptions?: null; defineSchema?: null; getSchema?: null }|{ message?: "dataTrackStreamRead"; dispose?: null; connect?: null; disconnect?: null; getSessionStats?: null; publishDataTrack?: null; localDataTrackTryPush?: null; localDataTrackUnpublish?: null; localDataTrackIsPublished?: null; subscribeDataTrack?: null; remoteDataTrackIsPublished?: null; dataTrackStreamRead: livekit.proto.DataTrackStreamReadRequest.$Shape; readyForRoomEvent?: null; remoteDataTrackSetPipelineOptions?: null; defineSchema?: null; getSchema?: null }|{ message?: "readyForRoomEvent"; dispose?: null; connect?: null; disconnect?: null; getSessionStats?: null; publishDataTrack?: null; localDataTrackTryPush?: null; localDataTrackUnpublish?: null; localDataTrackIsPublished?: null; subscribeDataTrack?: null; remoteDataTrackIsPublished?: null; dataTrackStreamRead?: null; readyForRoomEvent: livekit.proto.ReadyForRoomEventRequest.$Shape; remoteDataTrackSetPipelineOptions?: null; defineSchema?: null; getSchema?: null }|{ message?: "remoteDataTrackSetPipelineOptions"; dispose?: null; connect?: null; disconnect?: null; getSessionStats?: null; publishDataTrack?: null; localDataTrackTryPush?: null; localDataTrackUnpublish?: null; localDataTrackIsPublished?: null; subscribeDataTrack?: null; remoteDataTrackIsPublished?: null; dataTrackStreamRead?: null; readyForRoomEvent?: null; remoteDataTrackSetPipelineOptions: livekit.proto.RemoteDataTrackSetPipelineOptionsRequest.$Shape; defineSchema?: null; getSchema?: null }|{ message?: "defineSchema"; dispose?: null; connect?: null; disconnect?: null; getSessionStats?: null; publishDataTrack?: null; localDataTrackTryPush?: null; localDataTrackUnpublish?: null; localDataTrackIsPublished?: null; subscribeDataTrack?: null; remoteDataTrackIsPublished?: null; dataTrackStreamRead?: null; readyForRoomEvent?: null; remoteDataTrackSetPipelineOptions?: null; defineSchema: livekit.proto.DefineSchemaRequest.$Shape; getSchema?: null }|{ message?: "getSchema"; dispose?: null; connect?: null; disconnect?: null; getSessionStats?: null; publishDataTrack?: null; localDataTrackTryPush?: null; localDataTrackUnpublish?: null; localDataTrackIsPublished?: null; subscribeDataTrack?: null; remoteDataTrackIsPublished?: null; dataTrackStreamRead?: null; readyForRoomEvent?: null; remoteDataTrackSetPipelineOptions?: null; defineSchema?: null; getSchema: livekit.proto.GetSchemaRequest.$Shape })
            );
        }

        /**
         * Properties of a FfiResponse.
         * @deprecated Use livekit.proto.FfiResponse.$Properties instead.
         */
        interface IFfiResponse extends livekit.proto.FfiResponse.$Properties {
        }

        /** Represents a FfiResponse. */
        class FfiResponse {

            /**
             * Constructs a new FfiResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: livekit.proto.FfiResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** FfiResponse dispose. */
            dispose?: (livekit.proto.DisposeResponse.$Properties|null);

            /** FfiResponse connect. */
            connect?: (livekit.proto.ConnectResponse.$Properties|null);

            /** FfiResponse disconnect. */
            disconnect?: (livekit.proto.DisconnectResponse.$Properties|null);

            /** FfiResponse getSessionStats. */
            getSessionStats?: (livekit.proto.GetSessionStatsResponse.$Properties|null);

            /** FfiResponse publishDataTrack. */
            publishDataTrack?: (livekit.proto.PublishDataTrackResponse.$Properties|null);

            /** FfiResponse localDataTrackTryPush. */
            localDataTrackTryPush?: (livekit.proto.LocalDataTrackTryPushResponse.$Properties|null);

            /** FfiResponse localDataTrackUnpublish. */
            localDataTrackUnpublish?: (livekit.proto.LocalDataTrackUnpublishResponse.$Properties|null);

            /** FfiResponse localDataTrackIsPublished. */
            localDataTrackIsPublished?: (livekit.proto.LocalDataTrackIsPublishedResponse.$Properties|null);

            /** FfiResponse subscribeDataTrack. */
            subscribeDataTrack?: (livekit.proto.SubscribeDataTrackResponse.$Properties|null);

            /** FfiResponse remoteDataTrackIsPublished. */
            remoteDataTrackIsPublished?: (livekit.proto.RemoteDataTrackIsPublishedResponse.$Properties|null);

            /** FfiResponse dataTrackStreamRead. */
            dataTrackStreamRead?: (livekit.proto.DataTrackStreamReadResponse.$Properties|null);

            /** FfiResponse readyForRoomEvent. */
            readyForRoomEvent?: (livekit.proto.ReadyForRoomEventResponse.$Properties|null);

            /** FfiResponse remoteDataTrackSetPipelineOptions. */
            remoteDataTrackSetPipelineOptions?: (livekit.proto.RemoteDataTrackSetPipelineOptionsResponse.$Properties|null);

            /** FfiResponse defineSchema. */
            defineSchema?: (livekit.proto.DefineSchemaResponse.$Properties|null);

            /** FfiResponse getSchema. */
            getSchema?: (livekit.proto.GetSchemaResponse.$Properties|null);

            /** FfiResponse message. */
            message?: ("dispose"|"connect"|"disconnect"|"getSessionStats"|"publishDataTrack"|"localDataTrackTryPush"|"localDataTrackUnpublish"|"localDataTrackIsPublished"|"subscribeDataTrack"|"remoteDataTrackIsPublished"|"dataTrackStreamRead"|"readyForRoomEvent"|"remoteDataTrackSetPipelineOptions"|"defineSchema"|"getSchema");

            /**
             * Creates a new FfiResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns FfiResponse instance
             */
            static create(properties: livekit.proto.FfiResponse.$Shape): livekit.proto.FfiResponse & livekit.proto.FfiResponse.$Shape;
            static create(properties?: livekit.proto.FfiResponse.$Properties): livekit.proto.FfiResponse;

            /**
             * Encodes the specified FfiResponse message. Does not implicitly {@link livekit.proto.FfiResponse.verify|verify} messages.
             * @param message FfiResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: livekit.proto.FfiResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a FfiResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {livekit.proto.FfiResponse & livekit.proto.FfiResponse.$Shape} FfiResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): livekit.proto.FfiResponse & livekit.proto.FfiResponse.$Shape;

            /**
             * Verifies a FfiResponse message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a FfiResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns FfiResponse
             */
            static fromObject(object: { [k: string]: any }): livekit.proto.FfiResponse;

            /**
             * Creates a plain object from a FfiResponse message. Also converts values to other types if specified.
             * @param message FfiResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: livekit.proto.FfiResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this FfiResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace FfiResponse {

            /** Properties of a FfiResponse. */
            interface $Properties {

                /** FfiResponse dispose */
                dispose?: (livekit.proto.DisposeResponse.$Properties|null);

                /** FfiResponse connect */
                connect?: (livekit.proto.ConnectResponse.$Properties|null);

                /** FfiResponse disconnect */
                disconnect?: (livekit.proto.DisconnectResponse.$Properties|null);

                /** FfiResponse getSessionStats */
                getSessionStats?: (livekit.proto.GetSessionStatsResponse.$Properties|null);

                /** FfiResponse publishDataTrack */
                publishDataTrack?: (livekit.proto.PublishDataTrackResponse.$Properties|null);

                /** FfiResponse localDataTrackTryPush */
                localDataTrackTryPush?: (livekit.proto.LocalDataTrackTryPushResponse.$Properties|null);

                /** FfiResponse localDataTrackUnpublish */
                localDataTrackUnpublish?: (livekit.proto.LocalDataTrackUnpublishResponse.$Properties|null);

                /** FfiResponse localDataTrackIsPublished */
                localDataTrackIsPublished?: (livekit.proto.LocalDataTrackIsPublishedResponse.$Properties|null);

                /** FfiResponse subscribeDataTrack */
                subscribeDataTrack?: (livekit.proto.SubscribeDataTrackResponse.$Properties|null);

                /** FfiResponse remoteDataTrackIsPublished */
                remoteDataTrackIsPublished?: (livekit.proto.RemoteDataTrackIsPublishedResponse.$Properties|null);

                /** FfiResponse dataTrackStreamRead */
                dataTrackStreamRead?: (livekit.proto.DataTrackStreamReadResponse.$Properties|null);

                /** FfiResponse readyForRoomEvent */
                readyForRoomEvent?: (livekit.proto.ReadyForRoomEventResponse.$Properties|null);

                /** FfiResponse remoteDataTrackSetPipelineOptions */
                remoteDataTrackSetPipelineOptions?: (livekit.proto.RemoteDataTrackSetPipelineOptionsResponse.$Properties|null);

                /** FfiResponse defineSchema */
                defineSchema?: (livekit.proto.DefineSchemaResponse.$Properties|null);

                /** FfiResponse getSchema */
                getSchema?: (livekit.proto.GetSchemaResponse.$Properties|null);

                /** FfiResponse message */
                message?: ("dispose"|"connect"|"disconnect"|"getSessionStats"|"publishDataTrack"|"localDataTrackTryPush"|"localDataTrackUnpublish"|"localDataTrackIsPublished"|"subscribeDataTrack"|"remoteDataTrackIsPublished"|"dataTrackStreamRead"|"readyForRoomEvent"|"remoteDataTrackSetPipelineOptions"|"defineSchema"|"getSchema");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a FfiResponse. */
            type $Shape = {
              dispose?: livekit.proto.DisposeResponse.$Shape|null;
              connect?: livekit.proto.ConnectResponse.$Shape|null;
              disconnect?: livekit.proto.DisconnectResponse.$Shape|null;
              getSessionStats?: livekit.proto.GetSessionStatsResponse.$Shape|null;
              publishDataTrack?: livekit.proto.PublishDataTrackResponse.$Shape|null;
              localDataTrackTryPush?: livekit.proto.LocalDataTrackTryPushResponse.$Shape|null;
              localDataTrackUnpublish?: livekit.proto.LocalDataTrackUnpublishResponse.$Shape|null;
              localDataTrackIsPublished?: livekit.proto.LocalDataTrackIsPublishedResponse.$Shape|null;
              subscribeDataTrack?: livekit.proto.SubscribeDataTrackResponse.$Shape|null;
              remoteDataTrackIsPublished?: livekit.proto.RemoteDataTrackIsPublishedResponse.$Shape|null;
              dataTrackStreamRead?: livekit.proto.DataTrackStreamReadResponse.$Shape|null;
              readyForRoomEvent?: livekit.proto.ReadyForRoomEventResponse.$Shape|null;
              remoteDataTrackSetPipelineOptions?: livekit.proto.RemoteDataTrackSetPipelineOptionsResponse.$Shape|null;
              defineSchema?: livekit.proto.DefineSchemaResponse.$Shape|null;
              getSchema?: livekit.proto.GetSchemaResponse.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ message?: undefined; dispose?: null; connect?: null; disconnect?: null; getSessionStats?: null; publishDataTrack?: null; localDataTrackTryPush?: null; localDataTrackUnpublish?: null; localDataTrackIsPublished?: null; subscribeDataTrack?: null; remoteDataTrackIsPublished?: null; dataTrackStreamRead?: null; readyForRoomEvent?: null; remoteDataTrackSetPipelineOptions?: null; defineSchema?: null; getSchema?: null }|{ message?: "dispose"; dispose: livekit.proto.DisposeResponse.$Shape; connect?: null; disconnect?: null; getSessionStats?: null; publishDataTrack?: null; localDataTrackTryPush?: null; localDataTrackUnpublish?: null; localDataTrackIsPublished?: null; subscribeDataTrack?: null; remoteDataTrackIsPublished?: null; dataTrackStreamRead?: null; readyForRoomEvent?: null; remoteDataTrackSetPipelineOptions?: null; defineSchema?: null; getSchema?: null }|{ message?: "connect"; dispose?: null; connect: livekit.proto.ConnectResponse.$Shape; disconnect?: null; getSessionStats?: null; publishDataTrack?: null; localDataTrackTryPush?: null; localDataTrackUnpublish?: null; localDataTrackIsPublished?: null; subscribeDataTrack?: null; remoteDataTrackIsPublished?: null; dataTrackStreamRead?: null; readyForRoomEvent?: null; remoteDataTrackSetPipelineOptions?: null; defineSchema?: null; getSchema?: null }|{ message?: "disconnect"; dispose?: null; connect?: null; disconnect: livekit.proto.DisconnectResponse.$Shape; getSessionStats?: null; publishDataTrack?: null; localDataTrackTryPush?: null; localDataTrackUnpublish?: null; localDataTrackIsPublished?: null; subscribeDataTrack?: null; remoteDataTrackIsPublished?: null; dataTrackStreamRead?: null; readyForRoomEvent?: null; remoteDataTrackSetPipelineOptions?: null; defineSchema?: null; getSchema?: null }|{ message?: "getSessionStats"; dispose?: null; connect?: null; disconnect?: null; getSessionStats: livekit.proto.GetSessionStatsResponse.$Shape; publishDataTrack?: null; localDataTrackTryPush?: null; localDataTrackUnpublish?: null; localDataTrackIsPublished?: null; subscribeDataTrack?: null; remoteDataTrackIsPublished?: null; dataTrackStreamRead?: null; readyForRoomEvent?: null; remoteDataTrackSetPipelineOptions?: null; defineSchema?: null; getSchema?: null }|{ message?: "publishDataTrack"; dispose?: null; connect?: null; disconnect?: null; getSessionStats?: null; publishDataTrack: livekit.proto.PublishDataTrackResponse.$Shape; localDataTrackTryPush?: null; localDataTrackUnpublish?: null; localDataTrackIsPublished?: null; subscribeDataTrack?: null; remoteDataTrackIsPublished?: null; dataTrackStreamRead?: null; readyForRoomEvent?: null; remoteDataTrackSetPipelineOptions?: null; defineSchema?: null; getSchema?: null }|{ message?: "localDataTrackTryPush"; dispose?: null; connect?: null; disconnect?: null; getSessionStats?: null; publishDataTrack?: null; localDataTrackTryPush: livekit.proto.LocalDataTrackTryPushResponse.$Shape; localDataTrackUnpublish?: null; localDataTrackIsPublished?: null; subscribeDataTrack?: null; remoteDataTrackIsPublished?: null; dataTrackStreamRead?: null; readyForRoomEvent?: null; remoteDataTrackSetPipelineOptions?: null; defineSchema?: null; getSchema?: null }|{ message?: "localDataTrackUnpublish"; dispose?: null; connect?: null; disconnect?: null; getSessionStats?: null; publishDataTrack?: null; localDataTrackTryPush?: null; localDataTrackUnpublish: livekit.proto.LocalDataTrackUnpublishResponse.$Shape; localDataTrackIsPublished?: null; subscribeDataTrack?: null; remoteDataTrackIsPublished?: null; dataTrackStreamRead?: null; readyForRoomEvent?: null; remoteDataTrackSetPipelineOptions?: null; defineSchema?: null; getSchema?: null }|{ message?: "localDataTrackIsPublished"; dispose?: null; connect?: null; disconnect?: null; getSessionStats?: null; publishDataTrack?: null; localDataTrackTryPush?: null; localDataTrackUnpublish?: null; localDataTrackIsPublished: livekit.proto.LocalDataTrackIsPublishedResponse.$Shape; subscribeDataTrack?: null; remoteDataTrackIsPublished?: null; dataTrackStreamRead?: null; readyForRoomEvent?: null; remoteDataTrackSetPipelineOptions?: null; defineSchema?: null; getSchema?: null }|{ message?: "subscribeDataTrack"; dispose?: null; connect?: null; disconnect?: null; getSessionStats?: null; publishDataTrack?: null; localDataTrackTryPush?: null; localDataTrackUnpublish?: null; localDataTrackIsPublished?: null; subscribeDataTrack: livekit.proto.SubscribeDataTrackResponse.$Shape; remoteDataTrackIsPublished?: null; dataTrackStreamRead?: null; readyForRoomEvent?: null; remoteDataTrackSetPipelineOptions?: null; defineSchema?: null; getSchema?: null }|{ message?: "remoteDataTrackIsPublished"; dispose?: null; connect?: null; disconnect?: null; getSessionStats?: null; publishDataTrack?: null; localDataTrackTryPush?: null; localDataTrackUnpublish?: null; localDataTrackIsPublished?: null; subscribeDataTrack?: null; remoteDataTrackIsPublished: livekit.proto.RemoteDataTrackIsPublishedResponse.$Shape; dataTrackStreamRead?: null; readyForRoomEvent?: null; remoteDataTrackSetPipelineOptions?: null; defineSchema?: null; getSchema?: null }|{ message?: "dataTrackStreamRead"; dispose?: null; connect?: null; disconnect?: null; getSessionStats?: null; publishDataTrack?: null; localDataTrackTryPush?: null; localDataTrackUnpublish?: null; localDataTrackIsPublished?: null; subscribeDataTrack?: null; remoteDataTrackIsPublished?: null; dataTrackStreamRead: livekit.proto.DataTrackStreamReadResponse.$Shape; readyForRoomEvent?: null; remoteDataTrackSetPipelineOptions?: null; defineSchema?: null; getSchema?: null }|{ message?: "readyForRoomEvent"; dispose?: null; connect?: null; disconnect?: null; getSessionStats?: null; publishDataTrack?: null; localDataTrackTryPush?: null; localDataTrackUnpublish?: null; localDataTrackIsPublished?: null; subscribeDataTrack?: null; remoteDataTrackIsPublished?: null; dataTrackStreamRead?: null; readyForRoomEvent: livekit.proto.ReadyForRoomEventResponse.$Shape; remoteDataTrackSetPipelineOptions?: null; defineSchema?: null; getSchema?: null }|{ message?: "remoteDataTrackSetPipelineOptions"; dispose?: null; connect?: null; disconnect?: null; getSessionStats?: null; publishDataTrack?: null; localDataTrackTryPush?: null; localDataTrackUnpublish?: null; localDataTrackIsPublished?: null; subscribeDataTrack?: null; remoteDataTrackIsPublished?: null; dataTrackStreamRead?: null; readyForRoomEvent?: null; remoteDataTrackSetPipelineOptions: livekit.proto.RemoteDataTrackSetPipelineOptionsResponse.$Shape; defineSchema?: null; getSchema?: null }|{ message?: "defineSchema"; dispose?: null; connect?: null; disconnect?: null; getSessionStats?: null; publishDataTrack?: null; localDataTrackTryPush?: null; localDataTrackUnpublish?: null; localDataTrackIsPublished?: null; subscribeDataTrack?: null; remoteDataTrackIsPublished?: null; dataTrackStreamRead?: null; readyForRoomEvent?: null; remoteDataTrackSetPipelineOptions?: null; defineSchema: livekit.proto.DefineSchemaResponse.$Shape; getSchema?: null }|{ message?: "getSchema"; dispose?: null; connect?: null; disconnect?: null; getSessionStats?: null; publishDataTrack?: null; localDataTrackTryPush?: null; localDataTrackUnpublish?: null; localDataTrackIsPublished?: null; subscribeDataTrack?: null; remoteDataTrackIsPublished?: null; dataTrackStreamRead?: null; readyForRoomEvent?: null; remoteDataTrackSetPipelineOptions?: null; defineSchema?: null; getSchema: livekit.proto.GetSchemaResponse.$Shape })
            );
        }

        /**
         * Properties of a FfiEvent.
         * @deprecated Use livekit.proto.FfiEvent.$Properties instead.
         */
        interface IFfiEvent extends livekit.proto.FfiEvent.$Properties {
        }

        /** Represents a FfiEvent. */
        class FfiEvent {

            /**
             * Constructs a new FfiEvent.
             * @param [properties] Properties to set
             */
            constructor(properties?: livekit.proto.FfiEvent.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** FfiEvent roomEvent. */
            roomEvent?: (livekit.proto.RoomEvent.$Properties|null);

            /** FfiEvent connect. */
            connect?: (livekit.proto.ConnectCallback.$Properties|null);

            /** FfiEvent disconnect. */
            disconnect?: (livekit.proto.DisconnectCallback.$Properties|null);

            /** FfiEvent dispose. */
            dispose?: (livekit.proto.DisposeCallback.$Properties|null);

            /** FfiEvent logs. */
            logs?: (livekit.proto.LogBatch.$Properties|null);

            /** FfiEvent getSessionStats. */
            getSessionStats?: (livekit.proto.GetSessionStatsCallback.$Properties|null);

            /** FfiEvent panic. */
            panic?: (livekit.proto.Panic.$Properties|null);

            /** FfiEvent publishDataTrack. */
            publishDataTrack?: (livekit.proto.PublishDataTrackCallback.$Properties|null);

            /** FfiEvent dataTrackStreamEvent. */
            dataTrackStreamEvent?: (livekit.proto.DataTrackStreamEvent.$Properties|null);

            /** FfiEvent defineSchema. */
            defineSchema?: (livekit.proto.DefineSchemaCallback.$Properties|null);

            /** FfiEvent getSchema. */
            getSchema?: (livekit.proto.GetSchemaCallback.$Properties|null);

            /** FfiEvent message. */
            message?: ("roomEvent"|"connect"|"disconnect"|"dispose"|"logs"|"getSessionStats"|"panic"|"publishDataTrack"|"dataTrackStreamEvent"|"defineSchema"|"getSchema");

            /**
             * Creates a new FfiEvent instance using the specified properties.
             * @param [properties] Properties to set
             * @returns FfiEvent instance
             */
            static create(properties: livekit.proto.FfiEvent.$Shape): livekit.proto.FfiEvent & livekit.proto.FfiEvent.$Shape;
            static create(properties?: livekit.proto.FfiEvent.$Properties): livekit.proto.FfiEvent;

            /**
             * Encodes the specified FfiEvent message. Does not implicitly {@link livekit.proto.FfiEvent.verify|verify} messages.
             * @param message FfiEvent message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: livekit.proto.FfiEvent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a FfiEvent message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {livekit.proto.FfiEvent & livekit.proto.FfiEvent.$Shape} FfiEvent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): livekit.proto.FfiEvent & livekit.proto.FfiEvent.$Shape;

            /**
             * Verifies a FfiEvent message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a FfiEvent message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns FfiEvent
             */
            static fromObject(object: { [k: string]: any }): livekit.proto.FfiEvent;

            /**
             * Creates a plain object from a FfiEvent message. Also converts values to other types if specified.
             * @param message FfiEvent
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: livekit.proto.FfiEvent, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this FfiEvent to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace FfiEvent {

            /** Properties of a FfiEvent. */
            interface $Properties {

                /** FfiEvent roomEvent */
                roomEvent?: (livekit.proto.RoomEvent.$Properties|null);

                /** FfiEvent connect */
                connect?: (livekit.proto.ConnectCallback.$Properties|null);

                /** FfiEvent disconnect */
                disconnect?: (livekit.proto.DisconnectCallback.$Properties|null);

                /** FfiEvent dispose */
                dispose?: (livekit.proto.DisposeCallback.$Properties|null);

                /** FfiEvent logs */
                logs?: (livekit.proto.LogBatch.$Properties|null);

                /** FfiEvent getSessionStats */
                getSessionStats?: (livekit.proto.GetSessionStatsCallback.$Properties|null);

                /** FfiEvent panic */
                panic?: (livekit.proto.Panic.$Properties|null);

                /** FfiEvent publishDataTrack */
                publishDataTrack?: (livekit.proto.PublishDataTrackCallback.$Properties|null);

                /** FfiEvent dataTrackStreamEvent */
                dataTrackStreamEvent?: (livekit.proto.DataTrackStreamEvent.$Properties|null);

                /** FfiEvent defineSchema */
                defineSchema?: (livekit.proto.DefineSchemaCallback.$Properties|null);

                /** FfiEvent getSchema */
                getSchema?: (livekit.proto.GetSchemaCallback.$Properties|null);

                /** FfiEvent message */
                message?: ("roomEvent"|"connect"|"disconnect"|"dispose"|"logs"|"getSessionStats"|"panic"|"publishDataTrack"|"dataTrackStreamEvent"|"defineSchema"|"getSchema");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a FfiEvent. */
            type $Shape = {
              roomEvent?: livekit.proto.RoomEvent.$Shape|null;
              connect?: livekit.proto.ConnectCallback.$Shape|null;
              disconnect?: livekit.proto.DisconnectCallback.$Shape|null;
              dispose?: livekit.proto.DisposeCallback.$Shape|null;
              logs?: livekit.proto.LogBatch.$Shape|null;
              getSessionStats?: livekit.proto.GetSessionStatsCallback.$Shape|null;
              panic?: livekit.proto.Panic.$Shape|null;
              publishDataTrack?: livekit.proto.PublishDataTrackCallback.$Shape|null;
              dataTrackStreamEvent?: livekit.proto.DataTrackStreamEvent.$Shape|null;
              defineSchema?: livekit.proto.DefineSchemaCallback.$Shape|null;
              getSchema?: livekit.proto.GetSchemaCallback.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ message?: undefined; roomEvent?: null; connect?: null; disconnect?: null; dispose?: null; logs?: null; getSessionStats?: null; panic?: null; publishDataTrack?: null; dataTrackStreamEvent?: null; defineSchema?: null; getSchema?: null }|{ message?: "roomEvent"; roomEvent: livekit.proto.RoomEvent.$Shape; connect?: null; disconnect?: null; dispose?: null; logs?: null; getSessionStats?: null; panic?: null; publishDataTrack?: null; dataTrackStreamEvent?: null; defineSchema?: null; getSchema?: null }|{ message?: "connect"; roomEvent?: null; connect: livekit.proto.ConnectCallback.$Shape; disconnect?: null; dispose?: null; logs?: null; getSessionStats?: null; panic?: null; publishDataTrack?: null; dataTrackStreamEvent?: null; defineSchema?: null; getSchema?: null }|{ message?: "disconnect"; roomEvent?: null; connect?: null; disconnect: livekit.proto.DisconnectCallback.$Shape; dispose?: null; logs?: null; getSessionStats?: null; panic?: null; publishDataTrack?: null; dataTrackStreamEvent?: null; defineSchema?: null; getSchema?: null }|{ message?: "dispose"; roomEvent?: null; connect?: null; disconnect?: null; dispose: livekit.proto.DisposeCallback.$Shape; logs?: null; getSessionStats?: null; panic?: null; publishDataTrack?: null; dataTrackStreamEvent?: null; defineSchema?: null; getSchema?: null }|{ message?: "logs"; roomEvent?: null; connect?: null; disconnect?: null; dispose?: null; logs: livekit.proto.LogBatch.$Shape; getSessionStats?: null; panic?: null; publishDataTrack?: null; dataTrackStreamEvent?: null; defineSchema?: null; getSchema?: null }|{ message?: "getSessionStats"; roomEvent?: null; connect?: null; disconnect?: null; dispose?: null; logs?: null; getSessionStats: livekit.proto.GetSessionStatsCallback.$Shape; panic?: null; publishDataTrack?: null; dataTrackStreamEvent?: null; defineSchema?: null; getSchema?: null }|{ message?: "panic"; roomEvent?: null; connect?: null; disconnect?: null; dispose?: null; logs?: null; getSessionStats?: null; panic: livekit.proto.Panic.$Shape; publishDataTrack?: null; dataTrackStreamEvent?: null; defineSchema?: null; getSchema?: null }|{ message?: "publishDataTrack"; roomEvent?: null; connect?: null; disconnect?: null; dispose?: null; logs?: null; getSessionStats?: null; panic?: null; publishDataTrack: livekit.proto.PublishDataTrackCallback.$Shape; dataTrackStreamEvent?: null; defineSchema?: null; getSchema?: null }|{ message?: "dataTrackStreamEvent"; roomEvent?: null; connect?: null; disconnect?: null; dispose?: null; logs?: null; getSessionStats?: null; panic?: null; publishDataTrack?: null; dataTrackStreamEvent: livekit.proto.DataTrackStreamEvent.$Shape; defineSchema?: null; getSchema?: null }|{ message?: "defineSchema"; roomEvent?: null; connect?: null; disconnect?: null; dispose?: null; logs?: null; getSessionStats?: null; panic?: null; publishDataTrack?: null; dataTrackStreamEvent?: null; defineSchema: livekit.proto.DefineSchemaCallback.$Shape; getSchema?: null }|{ message?: "getSchema"; roomEvent?: null; connect?: null; disconnect?: null; dispose?: null; logs?: null; getSessionStats?: null; panic?: null; publishDataTrack?: null; dataTrackStreamEvent?: null; defineSchema?: null; getSchema: livekit.proto.GetSchemaCallback.$Shape })
            );
        }

        /**
         * Properties of a DisposeRequest.
         * @deprecated Use livekit.proto.DisposeRequest.$Properties instead.
         */
        interface IDisposeRequest extends livekit.proto.DisposeRequest.$Properties {
        }

        /** Represents a DisposeRequest. */
        class DisposeRequest {

            /**
             * Constructs a new DisposeRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: livekit.proto.DisposeRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DisposeRequest async. */
            async: boolean;

            /**
             * Creates a new DisposeRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DisposeRequest instance
             */
            static create(properties: livekit.proto.DisposeRequest.$Shape): livekit.proto.DisposeRequest & livekit.proto.DisposeRequest.$Shape;
            static create(properties?: livekit.proto.DisposeRequest.$Properties): livekit.proto.DisposeRequest;

            /**
             * Encodes the specified DisposeRequest message. Does not implicitly {@link livekit.proto.DisposeRequest.verify|verify} messages.
             * @param message DisposeRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: livekit.proto.DisposeRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DisposeRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {livekit.proto.DisposeRequest & livekit.proto.DisposeRequest.$Shape} DisposeRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): livekit.proto.DisposeRequest & livekit.proto.DisposeRequest.$Shape;

            /**
             * Verifies a DisposeRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a DisposeRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns DisposeRequest
             */
            static fromObject(object: { [k: string]: any }): livekit.proto.DisposeRequest;

            /**
             * Creates a plain object from a DisposeRequest message. Also converts values to other types if specified.
             * @param message DisposeRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: livekit.proto.DisposeRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DisposeRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace DisposeRequest {

            /** Properties of a DisposeRequest. */
            interface $Properties {

                /** DisposeRequest async */
                async: boolean;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DisposeRequest. */
            type $Shape = livekit.proto.DisposeRequest.$Properties;
        }

        /**
         * Properties of a DisposeResponse.
         * @deprecated Use livekit.proto.DisposeResponse.$Properties instead.
         */
        interface IDisposeResponse extends livekit.proto.DisposeResponse.$Properties {
        }

        /** Represents a DisposeResponse. */
        class DisposeResponse {

            /**
             * Constructs a new DisposeResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: livekit.proto.DisposeResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DisposeResponse asyncId. */
            asyncId: (number|Long);

            /**
             * Creates a new DisposeResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DisposeResponse instance
             */
            static create(properties: livekit.proto.DisposeResponse.$Shape): livekit.proto.DisposeResponse & livekit.proto.DisposeResponse.$Shape;
            static create(properties?: livekit.proto.DisposeResponse.$Properties): livekit.proto.DisposeResponse;

            /**
             * Encodes the specified DisposeResponse message. Does not implicitly {@link livekit.proto.DisposeResponse.verify|verify} messages.
             * @param message DisposeResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: livekit.proto.DisposeResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DisposeResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {livekit.proto.DisposeResponse & livekit.proto.DisposeResponse.$Shape} DisposeResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): livekit.proto.DisposeResponse & livekit.proto.DisposeResponse.$Shape;

            /**
             * Verifies a DisposeResponse message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a DisposeResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns DisposeResponse
             */
            static fromObject(object: { [k: string]: any }): livekit.proto.DisposeResponse;

            /**
             * Creates a plain object from a DisposeResponse message. Also converts values to other types if specified.
             * @param message DisposeResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: livekit.proto.DisposeResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DisposeResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace DisposeResponse {

            /** Properties of a DisposeResponse. */
            interface $Properties {

                /** DisposeResponse asyncId */
                asyncId?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DisposeResponse. */
            type $Shape = livekit.proto.DisposeResponse.$Properties;
        }

        /**
         * Properties of a DisposeCallback.
         * @deprecated Use livekit.proto.DisposeCallback.$Properties instead.
         */
        interface IDisposeCallback extends livekit.proto.DisposeCallback.$Properties {
        }

        /** Represents a DisposeCallback. */
        class DisposeCallback {

            /**
             * Constructs a new DisposeCallback.
             * @param [properties] Properties to set
             */
            constructor(properties?: livekit.proto.DisposeCallback.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DisposeCallback asyncId. */
            asyncId: (number|Long);

            /**
             * Creates a new DisposeCallback instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DisposeCallback instance
             */
            static create(properties: livekit.proto.DisposeCallback.$Shape): livekit.proto.DisposeCallback & livekit.proto.DisposeCallback.$Shape;
            static create(properties?: livekit.proto.DisposeCallback.$Properties): livekit.proto.DisposeCallback;

            /**
             * Encodes the specified DisposeCallback message. Does not implicitly {@link livekit.proto.DisposeCallback.verify|verify} messages.
             * @param message DisposeCallback message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: livekit.proto.DisposeCallback.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DisposeCallback message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {livekit.proto.DisposeCallback & livekit.proto.DisposeCallback.$Shape} DisposeCallback
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): livekit.proto.DisposeCallback & livekit.proto.DisposeCallback.$Shape;

            /**
             * Verifies a DisposeCallback message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a DisposeCallback message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns DisposeCallback
             */
            static fromObject(object: { [k: string]: any }): livekit.proto.DisposeCallback;

            /**
             * Creates a plain object from a DisposeCallback message. Also converts values to other types if specified.
             * @param message DisposeCallback
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: livekit.proto.DisposeCallback, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DisposeCallback to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace DisposeCallback {

            /** Properties of a DisposeCallback. */
            interface $Properties {

                /** DisposeCallback asyncId */
                asyncId: (number|Long);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DisposeCallback. */
            type $Shape = livekit.proto.DisposeCallback.$Properties;
        }

        /** LogLevel enum. */
        enum LogLevel {

            /** LOG_ERROR value */
            LOG_ERROR = 0,

            /** LOG_WARN value */
            LOG_WARN = 1,

            /** LOG_INFO value */
            LOG_INFO = 2,

            /** LOG_DEBUG value */
            LOG_DEBUG = 3,

            /** LOG_TRACE value */
            LOG_TRACE = 4
        }

        /**
         * Properties of a LogRecord.
         * @deprecated Use livekit.proto.LogRecord.$Properties instead.
         */
        interface ILogRecord extends livekit.proto.LogRecord.$Properties {
        }

        /** Represents a LogRecord. */
        class LogRecord {

            /**
             * Constructs a new LogRecord.
             * @param [properties] Properties to set
             */
            constructor(properties?: livekit.proto.LogRecord.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** LogRecord level. */
            level: livekit.proto.LogLevel;

            /** LogRecord target. */
            target: string;

            /** LogRecord modulePath. */
            modulePath: string;

            /** LogRecord file. */
            file: string;

            /** LogRecord line. */
            line: number;

            /** LogRecord message. */
            message: string;

            /**
             * Creates a new LogRecord instance using the specified properties.
             * @param [properties] Properties to set
             * @returns LogRecord instance
             */
            static create(properties: livekit.proto.LogRecord.$Shape): livekit.proto.LogRecord & livekit.proto.LogRecord.$Shape;
            static create(properties?: livekit.proto.LogRecord.$Properties): livekit.proto.LogRecord;

            /**
             * Encodes the specified LogRecord message. Does not implicitly {@link livekit.proto.LogRecord.verify|verify} messages.
             * @param message LogRecord message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: livekit.proto.LogRecord.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LogRecord message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {livekit.proto.LogRecord & livekit.proto.LogRecord.$Shape} LogRecord
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): livekit.proto.LogRecord & livekit.proto.LogRecord.$Shape;

            /**
             * Verifies a LogRecord message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a LogRecord message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns LogRecord
             */
            static fromObject(object: { [k: string]: any }): livekit.proto.LogRecord;

            /**
             * Creates a plain object from a LogRecord message. Also converts values to other types if specified.
             * @param message LogRecord
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: livekit.proto.LogRecord, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this LogRecord to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace LogRecord {

            /** Properties of a LogRecord. */
            interface $Properties {

                /** LogRecord level */
                level: livekit.proto.LogLevel;

                /** LogRecord target */
                target: string;

                /** LogRecord modulePath */
                modulePath?: (string|null);

                /** LogRecord file */
                file?: (string|null);

                /** LogRecord line */
                line?: (number|null);

                /** LogRecord message */
                message: string;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a LogRecord. */
            type $Shape = livekit.proto.LogRecord.$Properties;
        }

        /**
         * Properties of a LogBatch.
         * @deprecated Use livekit.proto.LogBatch.$Properties instead.
         */
        interface ILogBatch extends livekit.proto.LogBatch.$Properties {
        }

        /** Represents a LogBatch. */
        class LogBatch {

            /**
             * Constructs a new LogBatch.
             * @param [properties] Properties to set
             */
            constructor(properties?: livekit.proto.LogBatch.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** LogBatch records. */
            records: livekit.proto.LogRecord.$Properties[];

            /**
             * Creates a new LogBatch instance using the specified properties.
             * @param [properties] Properties to set
             * @returns LogBatch instance
             */
            static create(properties: livekit.proto.LogBatch.$Shape): livekit.proto.LogBatch & livekit.proto.LogBatch.$Shape;
            static create(properties?: livekit.proto.LogBatch.$Properties): livekit.proto.LogBatch;

            /**
             * Encodes the specified LogBatch message. Does not implicitly {@link livekit.proto.LogBatch.verify|verify} messages.
             * @param message LogBatch message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: livekit.proto.LogBatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LogBatch message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {livekit.proto.LogBatch & livekit.proto.LogBatch.$Shape} LogBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): livekit.proto.LogBatch & livekit.proto.LogBatch.$Shape;

            /**
             * Verifies a LogBatch message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a LogBatch message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns LogBatch
             */
            static fromObject(object: { [k: string]: any }): livekit.proto.LogBatch;

            /**
             * Creates a plain object from a LogBatch message. Also converts values to other types if specified.
             * @param message LogBatch
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: livekit.proto.LogBatch, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this LogBatch to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace LogBatch {

            /** Properties of a LogBatch. */
            interface $Properties {

                /** LogBatch records */
                records?: (livekit.proto.LogRecord.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a LogBatch. */
            type $Shape = livekit.proto.LogBatch.$Properties;
        }

        /**
         * Properties of a Panic.
         * @deprecated Use livekit.proto.Panic.$Properties instead.
         */
        interface IPanic extends livekit.proto.Panic.$Properties {
        }

        /** Represents a Panic. */
        class Panic {

            /**
             * Constructs a new Panic.
             * @param [properties] Properties to set
             */
            constructor(properties?: livekit.proto.Panic.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Panic message. */
            message: string;

            /**
             * Creates a new Panic instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Panic instance
             */
            static create(properties: livekit.proto.Panic.$Shape): livekit.proto.Panic & livekit.proto.Panic.$Shape;
            static create(properties?: livekit.proto.Panic.$Properties): livekit.proto.Panic;

            /**
             * Encodes the specified Panic message. Does not implicitly {@link livekit.proto.Panic.verify|verify} messages.
             * @param message Panic message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: livekit.proto.Panic.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Panic message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {livekit.proto.Panic & livekit.proto.Panic.$Shape} Panic
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): livekit.proto.Panic & livekit.proto.Panic.$Shape;

            /**
             * Verifies a Panic message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Panic message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Panic
             */
            static fromObject(object: { [k: string]: any }): livekit.proto.Panic;

            /**
             * Creates a plain object from a Panic message. Also converts values to other types if specified.
             * @param message Panic
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: livekit.proto.Panic, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Panic to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace Panic {

            /** Properties of a Panic. */
            interface $Properties {

                /** Panic message */
                message: string;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Panic. */
            type $Shape = livekit.proto.Panic.$Properties;
        }

        /** IceTransportType enum. */
        enum IceTransportType {

            /** TRANSPORT_RELAY value */
            TRANSPORT_RELAY = 0,

            /** TRANSPORT_NOHOST value */
            TRANSPORT_NOHOST = 1,

            /** TRANSPORT_ALL value */
            TRANSPORT_ALL = 2
        }

        /** ContinualGatheringPolicy enum. */
        enum ContinualGatheringPolicy {

            /** GATHER_ONCE value */
            GATHER_ONCE = 0,

            /** GATHER_CONTINUALLY value */
            GATHER_CONTINUALLY = 1
        }

        /** ConnectionState enum. */
        enum ConnectionState {

            /** CONN_DISCONNECTED value */
            CONN_DISCONNECTED = 0,

            /** CONN_CONNECTED value */
            CONN_CONNECTED = 1,

            /** CONN_RECONNECTING value */
            CONN_RECONNECTING = 2
        }

        /**
         * Properties of a ConnectRequest.
         * @deprecated Use livekit.proto.ConnectRequest.$Properties instead.
         */
        interface IConnectRequest extends livekit.proto.ConnectRequest.$Properties {
        }

        /** Represents a ConnectRequest. */
        class ConnectRequest {

            /**
             * Constructs a new ConnectRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: livekit.proto.ConnectRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ConnectRequest url. */
            url: string;

            /** ConnectRequest token. */
            token: string;

            /** ConnectRequest options. */
            options: livekit.proto.RoomOptions.$Properties;

            /** ConnectRequest requestAsyncId. */
            requestAsyncId: (number|Long);

            /**
             * Creates a new ConnectRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ConnectRequest instance
             */
            static create(properties: livekit.proto.ConnectRequest.$Shape): livekit.proto.ConnectRequest & livekit.proto.ConnectRequest.$Shape;
            static create(properties?: livekit.proto.ConnectRequest.$Properties): livekit.proto.ConnectRequest;

            /**
             * Encodes the specified ConnectRequest message. Does not implicitly {@link livekit.proto.ConnectRequest.verify|verify} messages.
             * @param message ConnectRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: livekit.proto.ConnectRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ConnectRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {livekit.proto.ConnectRequest & livekit.proto.ConnectRequest.$Shape} ConnectRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): livekit.proto.ConnectRequest & livekit.proto.ConnectRequest.$Shape;

            /**
             * Verifies a ConnectRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ConnectRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ConnectRequest
             */
            static fromObject(object: { [k: string]: any }): livekit.proto.ConnectRequest;

            /**
             * Creates a plain object from a ConnectRequest message. Also converts values to other types if specified.
             * @param message ConnectRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: livekit.proto.ConnectRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ConnectRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace ConnectRequest {

            /** Properties of a ConnectRequest. */
            interface $Properties {

                /** ConnectRequest url */
                url: string;

                /** ConnectRequest token */
                token: string;

                /** ConnectRequest options */
                options: livekit.proto.RoomOptions.$Properties;

                /** ConnectRequest requestAsyncId */
                requestAsyncId?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ConnectRequest. */
            type $Shape = livekit.proto.ConnectRequest.$Properties;
        }

        /**
         * Properties of a ConnectResponse.
         * @deprecated Use livekit.proto.ConnectResponse.$Properties instead.
         */
        interface IConnectResponse extends livekit.proto.ConnectResponse.$Properties {
        }

        /** Represents a ConnectResponse. */
        class ConnectResponse {

            /**
             * Constructs a new ConnectResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: livekit.proto.ConnectResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ConnectResponse asyncId. */
            asyncId: (number|Long);

            /**
             * Creates a new ConnectResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ConnectResponse instance
             */
            static create(properties: livekit.proto.ConnectResponse.$Shape): livekit.proto.ConnectResponse & livekit.proto.ConnectResponse.$Shape;
            static create(properties?: livekit.proto.ConnectResponse.$Properties): livekit.proto.ConnectResponse;

            /**
             * Encodes the specified ConnectResponse message. Does not implicitly {@link livekit.proto.ConnectResponse.verify|verify} messages.
             * @param message ConnectResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: livekit.proto.ConnectResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ConnectResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {livekit.proto.ConnectResponse & livekit.proto.ConnectResponse.$Shape} ConnectResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): livekit.proto.ConnectResponse & livekit.proto.ConnectResponse.$Shape;

            /**
             * Verifies a ConnectResponse message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ConnectResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ConnectResponse
             */
            static fromObject(object: { [k: string]: any }): livekit.proto.ConnectResponse;

            /**
             * Creates a plain object from a ConnectResponse message. Also converts values to other types if specified.
             * @param message ConnectResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: livekit.proto.ConnectResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ConnectResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace ConnectResponse {

            /** Properties of a ConnectResponse. */
            interface $Properties {

                /** ConnectResponse asyncId */
                asyncId: (number|Long);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ConnectResponse. */
            type $Shape = livekit.proto.ConnectResponse.$Properties;
        }

        /**
         * Properties of a ConnectCallback.
         * @deprecated Use livekit.proto.ConnectCallback.$Properties instead.
         */
        interface IConnectCallback extends livekit.proto.ConnectCallback.$Properties {
        }

        /** Represents a ConnectCallback. */
        class ConnectCallback {

            /**
             * Constructs a new ConnectCallback.
             * @param [properties] Properties to set
             */
            constructor(properties?: livekit.proto.ConnectCallback.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ConnectCallback asyncId. */
            asyncId: (number|Long);

            /** ConnectCallback error. */
            error?: (string|null);

            /** ConnectCallback result. */
            result?: (livekit.proto.ConnectCallback.Result.$Properties|null);

            /** ConnectCallback message. */
            message?: ("error"|"result");

            /**
             * Creates a new ConnectCallback instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ConnectCallback instance
             */
            static create(properties: livekit.proto.ConnectCallback.$Shape): livekit.proto.ConnectCallback & livekit.proto.ConnectCallback.$Shape;
            static create(properties?: livekit.proto.ConnectCallback.$Properties): livekit.proto.ConnectCallback;

            /**
             * Encodes the specified ConnectCallback message. Does not implicitly {@link livekit.proto.ConnectCallback.verify|verify} messages.
             * @param message ConnectCallback message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: livekit.proto.ConnectCallback.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ConnectCallback message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {livekit.proto.ConnectCallback & livekit.proto.ConnectCallback.$Shape} ConnectCallback
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): livekit.proto.ConnectCallback & livekit.proto.ConnectCallback.$Shape;

            /**
             * Verifies a ConnectCallback message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ConnectCallback message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ConnectCallback
             */
            static fromObject(object: { [k: string]: any }): livekit.proto.ConnectCallback;

            /**
             * Creates a plain object from a ConnectCallback message. Also converts values to other types if specified.
             * @param message ConnectCallback
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: livekit.proto.ConnectCallback, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ConnectCallback to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace ConnectCallback {

            /** Properties of a ConnectCallback. */
            interface $Properties {

                /** ConnectCallback asyncId */
                asyncId: (number|Long);

                /** ConnectCallback error */
                error?: (string|null);

                /** ConnectCallback result */
                result?: (livekit.proto.ConnectCallback.Result.$Properties|null);

                /** ConnectCallback message */
                message?: ("error"|"result");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a ConnectCallback. */
            type $Shape = {
              asyncId: number|Long;
              error?: string|null;
              result?: livekit.proto.ConnectCallback.Result.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ message?: undefined; error?: null; result?: null }|{ message?: "error"; error: string; result?: null }|{ message?: "result"; error?: null; result: livekit.proto.ConnectCallback.Result.$Shape })
            );

            /**
             * Properties of a ParticipantWithTracks.
             * @deprecated Use livekit.proto.ConnectCallback.ParticipantWithTracks.$Properties instead.
             */
            interface IParticipantWithTracks extends livekit.proto.ConnectCallback.ParticipantWithTracks.$Properties {
            }

            /** Represents a ParticipantWithTracks. */
            class ParticipantWithTracks {

                /**
                 * Constructs a new ParticipantWithTracks.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: livekit.proto.ConnectCallback.ParticipantWithTracks.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ParticipantWithTracks participant. */
                participant: livekit.proto.OwnedParticipant.$Properties;

                /**
                 * Creates a new ParticipantWithTracks instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ParticipantWithTracks instance
                 */
                static create(properties: livekit.proto.ConnectCallback.ParticipantWithTracks.$Shape): livekit.proto.ConnectCallback.ParticipantWithTracks & livekit.proto.ConnectCallback.ParticipantWithTracks.$Shape;
                static create(properties?: livekit.proto.ConnectCallback.ParticipantWithTracks.$Properties): livekit.proto.ConnectCallback.ParticipantWithTracks;

                /**
                 * Encodes the specified ParticipantWithTracks message. Does not implicitly {@link livekit.proto.ConnectCallback.ParticipantWithTracks.verify|verify} messages.
                 * @param message ParticipantWithTracks message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: livekit.proto.ConnectCallback.ParticipantWithTracks.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ParticipantWithTracks message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {livekit.proto.ConnectCallback.ParticipantWithTracks & livekit.proto.ConnectCallback.ParticipantWithTracks.$Shape} ParticipantWithTracks
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): livekit.proto.ConnectCallback.ParticipantWithTracks & livekit.proto.ConnectCallback.ParticipantWithTracks.$Shape;

                /**
                 * Verifies a ParticipantWithTracks message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ParticipantWithTracks message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ParticipantWithTracks
                 */
                static fromObject(object: { [k: string]: any }): livekit.proto.ConnectCallback.ParticipantWithTracks;

                /**
                 * Creates a plain object from a ParticipantWithTracks message. Also converts values to other types if specified.
                 * @param message ParticipantWithTracks
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: livekit.proto.ConnectCallback.ParticipantWithTracks, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ParticipantWithTracks to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace ParticipantWithTracks {

                /** Properties of a ParticipantWithTracks. */
                interface $Properties {

                    /** ParticipantWithTracks participant */
                    participant: livekit.proto.OwnedParticipant.$Properties;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ParticipantWithTracks. */
                type $Shape = livekit.proto.ConnectCallback.ParticipantWithTracks.$Properties;
            }

            /**
             * Properties of a Result.
             * @deprecated Use livekit.proto.ConnectCallback.Result.$Properties instead.
             */
            interface IResult extends livekit.proto.ConnectCallback.Result.$Properties {
            }

            /** Represents a Result. */
            class Result {

                /**
                 * Constructs a new Result.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: livekit.proto.ConnectCallback.Result.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Result room. */
                room: livekit.proto.OwnedRoom.$Properties;

                /** Result localParticipant. */
                localParticipant: livekit.proto.OwnedParticipant.$Properties;

                /** Result participants. */
                participants: livekit.proto.ConnectCallback.ParticipantWithTracks.$Properties[];

                /**
                 * Creates a new Result instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Result instance
                 */
                static create(properties: livekit.proto.ConnectCallback.Result.$Shape): livekit.proto.ConnectCallback.Result & livekit.proto.ConnectCallback.Result.$Shape;
                static create(properties?: livekit.proto.ConnectCallback.Result.$Properties): livekit.proto.ConnectCallback.Result;

                /**
                 * Encodes the specified Result message. Does not implicitly {@link livekit.proto.ConnectCallback.Result.verify|verify} messages.
                 * @param message Result message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: livekit.proto.ConnectCallback.Result.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Result message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {livekit.proto.ConnectCallback.Result & livekit.proto.ConnectCallback.Result.$Shape} Result
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): livekit.proto.ConnectCallback.Result & livekit.proto.ConnectCallback.Result.$Shape;

                /**
                 * Verifies a Result message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Result message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Result
                 */
                static fromObject(object: { [k: string]: any }): livekit.proto.ConnectCallback.Result;

                /**
                 * Creates a plain object from a Result message. Also converts values to other types if specified.
                 * @param message Result
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: livekit.proto.ConnectCallback.Result, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Result to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace Result {

                /** Properties of a Result. */
                interface $Properties {

                    /** Result room */
                    room: livekit.proto.OwnedRoom.$Properties;

                    /** Result localParticipant */
                    localParticipant: livekit.proto.OwnedParticipant.$Properties;

                    /** Result participants */
                    participants?: (livekit.proto.ConnectCallback.ParticipantWithTracks.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Result. */
                type $Shape = livekit.proto.ConnectCallback.Result.$Properties;
            }
        }

        /**
         * Properties of a DisconnectRequest.
         * @deprecated Use livekit.proto.DisconnectRequest.$Properties instead.
         */
        interface IDisconnectRequest extends livekit.proto.DisconnectRequest.$Properties {
        }

        /** Represents a DisconnectRequest. */
        class DisconnectRequest {

            /**
             * Constructs a new DisconnectRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: livekit.proto.DisconnectRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DisconnectRequest roomHandle. */
            roomHandle: (number|Long);

            /** DisconnectRequest requestAsyncId. */
            requestAsyncId: (number|Long);

            /** DisconnectRequest reason. */
            reason: livekit.proto.DisconnectReason;

            /**
             * Creates a new DisconnectRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DisconnectRequest instance
             */
            static create(properties: livekit.proto.DisconnectRequest.$Shape): livekit.proto.DisconnectRequest & livekit.proto.DisconnectRequest.$Shape;
            static create(properties?: livekit.proto.DisconnectRequest.$Properties): livekit.proto.DisconnectRequest;

            /**
             * Encodes the specified DisconnectRequest message. Does not implicitly {@link livekit.proto.DisconnectRequest.verify|verify} messages.
             * @param message DisconnectRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: livekit.proto.DisconnectRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DisconnectRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {livekit.proto.DisconnectRequest & livekit.proto.DisconnectRequest.$Shape} DisconnectRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): livekit.proto.DisconnectRequest & livekit.proto.DisconnectRequest.$Shape;

            /**
             * Verifies a DisconnectRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a DisconnectRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns DisconnectRequest
             */
            static fromObject(object: { [k: string]: any }): livekit.proto.DisconnectRequest;

            /**
             * Creates a plain object from a DisconnectRequest message. Also converts values to other types if specified.
             * @param message DisconnectRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: livekit.proto.DisconnectRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DisconnectRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace DisconnectRequest {

            /** Properties of a DisconnectRequest. */
            interface $Properties {

                /** DisconnectRequest roomHandle */
                roomHandle: (number|Long);

                /** DisconnectRequest requestAsyncId */
                requestAsyncId?: (number|Long|null);

                /** DisconnectRequest reason */
                reason?: (livekit.proto.DisconnectReason|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DisconnectRequest. */
            type $Shape = livekit.proto.DisconnectRequest.$Properties;
        }

        /**
         * Properties of a DisconnectResponse.
         * @deprecated Use livekit.proto.DisconnectResponse.$Properties instead.
         */
        interface IDisconnectResponse extends livekit.proto.DisconnectResponse.$Properties {
        }

        /** Represents a DisconnectResponse. */
        class DisconnectResponse {

            /**
             * Constructs a new DisconnectResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: livekit.proto.DisconnectResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DisconnectResponse asyncId. */
            asyncId: (number|Long);

            /**
             * Creates a new DisconnectResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DisconnectResponse instance
             */
            static create(properties: livekit.proto.DisconnectResponse.$Shape): livekit.proto.DisconnectResponse & livekit.proto.DisconnectResponse.$Shape;
            static create(properties?: livekit.proto.DisconnectResponse.$Properties): livekit.proto.DisconnectResponse;

            /**
             * Encodes the specified DisconnectResponse message. Does not implicitly {@link livekit.proto.DisconnectResponse.verify|verify} messages.
             * @param message DisconnectResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: livekit.proto.DisconnectResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DisconnectResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {livekit.proto.DisconnectResponse & livekit.proto.DisconnectResponse.$Shape} DisconnectResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): livekit.proto.DisconnectResponse & livekit.proto.DisconnectResponse.$Shape;

            /**
             * Verifies a DisconnectResponse message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a DisconnectResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns DisconnectResponse
             */
            static fromObject(object: { [k: string]: any }): livekit.proto.DisconnectResponse;

            /**
             * Creates a plain object from a DisconnectResponse message. Also converts values to other types if specified.
             * @param message DisconnectResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: livekit.proto.DisconnectResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DisconnectResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace DisconnectResponse {

            /** Properties of a DisconnectResponse. */
            interface $Properties {

                /** DisconnectResponse asyncId */
                asyncId: (number|Long);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DisconnectResponse. */
            type $Shape = livekit.proto.DisconnectResponse.$Properties;
        }

        /**
         * Properties of a DisconnectCallback.
         * @deprecated Use livekit.proto.DisconnectCallback.$Properties instead.
         */
        interface IDisconnectCallback extends livekit.proto.DisconnectCallback.$Properties {
        }

        /** Represents a DisconnectCallback. */
        class DisconnectCallback {

            /**
             * Constructs a new DisconnectCallback.
             * @param [properties] Properties to set
             */
            constructor(properties?: livekit.proto.DisconnectCallback.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DisconnectCallback asyncId. */
            asyncId: (number|Long);

            /**
             * Creates a new DisconnectCallback instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DisconnectCallback instance
             */
            static create(properties: livekit.proto.DisconnectCallback.$Shape): livekit.proto.DisconnectCallback & livekit.proto.DisconnectCallback.$Shape;
            static create(properties?: livekit.proto.DisconnectCallback.$Properties): livekit.proto.DisconnectCallback;

            /**
             * Encodes the specified DisconnectCallback message. Does not implicitly {@link livekit.proto.DisconnectCallback.verify|verify} messages.
             * @param message DisconnectCallback message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: livekit.proto.DisconnectCallback.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DisconnectCallback message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {livekit.proto.DisconnectCallback & livekit.proto.DisconnectCallback.$Shape} DisconnectCallback
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): livekit.proto.DisconnectCallback & livekit.proto.DisconnectCallback.$Shape;

            /**
             * Verifies a DisconnectCallback message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a DisconnectCallback message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns DisconnectCallback
             */
            static fromObject(object: { [k: string]: any }): livekit.proto.DisconnectCallback;

            /**
             * Creates a plain object from a DisconnectCallback message. Also converts values to other types if specified.
             * @param message DisconnectCallback
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: livekit.proto.DisconnectCallback, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DisconnectCallback to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace DisconnectCallback {

            /** Properties of a DisconnectCallback. */
            interface $Properties {

                /** DisconnectCallback asyncId */
                asyncId: (number|Long);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DisconnectCallback. */
            type $Shape = livekit.proto.DisconnectCallback.$Properties;
        }

        /**
         * Properties of a ReadyForRoomEventRequest.
         * @deprecated Use livekit.proto.ReadyForRoomEventRequest.$Properties instead.
         */
        interface IReadyForRoomEventRequest extends livekit.proto.ReadyForRoomEventRequest.$Properties {
        }

        /** Represents a ReadyForRoomEventRequest. */
        class ReadyForRoomEventRequest {

            /**
             * Constructs a new ReadyForRoomEventRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: livekit.proto.ReadyForRoomEventRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ReadyForRoomEventRequest roomHandle. */
            roomHandle: (number|Long);

            /**
             * Creates a new ReadyForRoomEventRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ReadyForRoomEventRequest instance
             */
            static create(properties: livekit.proto.ReadyForRoomEventRequest.$Shape): livekit.proto.ReadyForRoomEventRequest & livekit.proto.ReadyForRoomEventRequest.$Shape;
            static create(properties?: livekit.proto.ReadyForRoomEventRequest.$Properties): livekit.proto.ReadyForRoomEventRequest;

            /**
             * Encodes the specified ReadyForRoomEventRequest message. Does not implicitly {@link livekit.proto.ReadyForRoomEventRequest.verify|verify} messages.
             * @param message ReadyForRoomEventRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: livekit.proto.ReadyForRoomEventRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ReadyForRoomEventRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {livekit.proto.ReadyForRoomEventRequest & livekit.proto.ReadyForRoomEventRequest.$Shape} ReadyForRoomEventRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): livekit.proto.ReadyForRoomEventRequest & livekit.proto.ReadyForRoomEventRequest.$Shape;

            /**
             * Verifies a ReadyForRoomEventRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ReadyForRoomEventRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ReadyForRoomEventRequest
             */
            static fromObject(object: { [k: string]: any }): livekit.proto.ReadyForRoomEventRequest;

            /**
             * Creates a plain object from a ReadyForRoomEventRequest message. Also converts values to other types if specified.
             * @param message ReadyForRoomEventRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: livekit.proto.ReadyForRoomEventRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ReadyForRoomEventRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace ReadyForRoomEventRequest {

            /** Properties of a ReadyForRoomEventRequest. */
            interface $Properties {

                /** ReadyForRoomEventRequest roomHandle */
                roomHandle: (number|Long);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ReadyForRoomEventRequest. */
            type $Shape = livekit.proto.ReadyForRoomEventRequest.$Properties;
        }

        /**
         * Properties of a ReadyForRoomEventResponse.
         * @deprecated Use livekit.proto.ReadyForRoomEventResponse.$Properties instead.
         */
        interface IReadyForRoomEventResponse extends livekit.proto.ReadyForRoomEventResponse.$Properties {
        }

        /** Represents a ReadyForRoomEventResponse. */
        class ReadyForRoomEventResponse {

            /**
             * Constructs a new ReadyForRoomEventResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: livekit.proto.ReadyForRoomEventResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new ReadyForRoomEventResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ReadyForRoomEventResponse instance
             */
            static create(properties: livekit.proto.ReadyForRoomEventResponse.$Shape): livekit.proto.ReadyForRoomEventResponse & livekit.proto.ReadyForRoomEventResponse.$Shape;
            static create(properties?: livekit.proto.ReadyForRoomEventResponse.$Properties): livekit.proto.ReadyForRoomEventResponse;

            /**
             * Encodes the specified ReadyForRoomEventResponse message. Does not implicitly {@link livekit.proto.ReadyForRoomEventResponse.verify|verify} messages.
             * @param message ReadyForRoomEventResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: livekit.proto.ReadyForRoomEventResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ReadyForRoomEventResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {livekit.proto.ReadyForRoomEventResponse & livekit.proto.ReadyForRoomEventResponse.$Shape} ReadyForRoomEventResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): livekit.proto.ReadyForRoomEventResponse & livekit.proto.ReadyForRoomEventResponse.$Shape;

            /**
             * Verifies a ReadyForRoomEventResponse message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ReadyForRoomEventResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ReadyForRoomEventResponse
             */
            static fromObject(object: { [k: string]: any }): livekit.proto.ReadyForRoomEventResponse;

            /**
             * Creates a plain object from a ReadyForRoomEventResponse message. Also converts values to other types if specified.
             * @param message ReadyForRoomEventResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: livekit.proto.ReadyForRoomEventResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ReadyForRoomEventResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace ReadyForRoomEventResponse {

            /** Properties of a ReadyForRoomEventResponse. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ReadyForRoomEventResponse. */
            type $Shape = livekit.proto.ReadyForRoomEventResponse.$Properties;
        }

        /**
         * Properties of a GetSessionStatsRequest.
         * @deprecated Use livekit.proto.GetSessionStatsRequest.$Properties instead.
         */
        interface IGetSessionStatsRequest extends livekit.proto.GetSessionStatsRequest.$Properties {
        }

        /** Represents a GetSessionStatsRequest. */
        class GetSessionStatsRequest {

            /**
             * Constructs a new GetSessionStatsRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: livekit.proto.GetSessionStatsRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** GetSessionStatsRequest roomHandle. */
            roomHandle: (number|Long);

            /** GetSessionStatsRequest requestAsyncId. */
            requestAsyncId: (number|Long);

            /**
             * Creates a new GetSessionStatsRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GetSessionStatsRequest instance
             */
            static create(properties: livekit.proto.GetSessionStatsRequest.$Shape): livekit.proto.GetSessionStatsRequest & livekit.proto.GetSessionStatsRequest.$Shape;
            static create(properties?: livekit.proto.GetSessionStatsRequest.$Properties): livekit.proto.GetSessionStatsRequest;

            /**
             * Encodes the specified GetSessionStatsRequest message. Does not implicitly {@link livekit.proto.GetSessionStatsRequest.verify|verify} messages.
             * @param message GetSessionStatsRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: livekit.proto.GetSessionStatsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GetSessionStatsRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {livekit.proto.GetSessionStatsRequest & livekit.proto.GetSessionStatsRequest.$Shape} GetSessionStatsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): livekit.proto.GetSessionStatsRequest & livekit.proto.GetSessionStatsRequest.$Shape;

            /**
             * Verifies a GetSessionStatsRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a GetSessionStatsRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns GetSessionStatsRequest
             */
            static fromObject(object: { [k: string]: any }): livekit.proto.GetSessionStatsRequest;

            /**
             * Creates a plain object from a GetSessionStatsRequest message. Also converts values to other types if specified.
             * @param message GetSessionStatsRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: livekit.proto.GetSessionStatsRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GetSessionStatsRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace GetSessionStatsRequest {

            /** Properties of a GetSessionStatsRequest. */
            interface $Properties {

                /** GetSessionStatsRequest roomHandle */
                roomHandle: (number|Long);

                /** GetSessionStatsRequest requestAsyncId */
                requestAsyncId?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a GetSessionStatsRequest. */
            type $Shape = livekit.proto.GetSessionStatsRequest.$Properties;
        }

        /**
         * Properties of a GetSessionStatsResponse.
         * @deprecated Use livekit.proto.GetSessionStatsResponse.$Properties instead.
         */
        interface IGetSessionStatsResponse extends livekit.proto.GetSessionStatsResponse.$Properties {
        }

        /** Represents a GetSessionStatsResponse. */
        class GetSessionStatsResponse {

            /**
             * Constructs a new GetSessionStatsResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: livekit.proto.GetSessionStatsResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** GetSessionStatsResponse asyncId. */
            asyncId: (number|Long);

            /**
             * Creates a new GetSessionStatsResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GetSessionStatsResponse instance
             */
            static create(properties: livekit.proto.GetSessionStatsResponse.$Shape): livekit.proto.GetSessionStatsResponse & livekit.proto.GetSessionStatsResponse.$Shape;
            static create(properties?: livekit.proto.GetSessionStatsResponse.$Properties): livekit.proto.GetSessionStatsResponse;

            /**
             * Encodes the specified GetSessionStatsResponse message. Does not implicitly {@link livekit.proto.GetSessionStatsResponse.verify|verify} messages.
             * @param message GetSessionStatsResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: livekit.proto.GetSessionStatsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GetSessionStatsResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {livekit.proto.GetSessionStatsResponse & livekit.proto.GetSessionStatsResponse.$Shape} GetSessionStatsResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): livekit.proto.GetSessionStatsResponse & livekit.proto.GetSessionStatsResponse.$Shape;

            /**
             * Verifies a GetSessionStatsResponse message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a GetSessionStatsResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns GetSessionStatsResponse
             */
            static fromObject(object: { [k: string]: any }): livekit.proto.GetSessionStatsResponse;

            /**
             * Creates a plain object from a GetSessionStatsResponse message. Also converts values to other types if specified.
             * @param message GetSessionStatsResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: livekit.proto.GetSessionStatsResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GetSessionStatsResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace GetSessionStatsResponse {

            /** Properties of a GetSessionStatsResponse. */
            interface $Properties {

                /** GetSessionStatsResponse asyncId */
                asyncId: (number|Long);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a GetSessionStatsResponse. */
            type $Shape = livekit.proto.GetSessionStatsResponse.$Properties;
        }

        /**
         * Properties of a GetSessionStatsCallback.
         * @deprecated Use livekit.proto.GetSessionStatsCallback.$Properties instead.
         */
        interface IGetSessionStatsCallback extends livekit.proto.GetSessionStatsCallback.$Properties {
        }

        /** Represents a GetSessionStatsCallback. */
        class GetSessionStatsCallback {

            /**
             * Constructs a new GetSessionStatsCallback.
             * @param [properties] Properties to set
             */
            constructor(properties?: livekit.proto.GetSessionStatsCallback.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** GetSessionStatsCallback asyncId. */
            asyncId: (number|Long);

            /** GetSessionStatsCallback error. */
            error?: (string|null);

            /** GetSessionStatsCallback result. */
            result?: (livekit.proto.GetSessionStatsCallback.Result.$Properties|null);

            /** GetSessionStatsCallback message. */
            message?: ("error"|"result");

            /**
             * Creates a new GetSessionStatsCallback instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GetSessionStatsCallback instance
             */
            static create(properties: livekit.proto.GetSessionStatsCallback.$Shape): livekit.proto.GetSessionStatsCallback & livekit.proto.GetSessionStatsCallback.$Shape;
            static create(properties?: livekit.proto.GetSessionStatsCallback.$Properties): livekit.proto.GetSessionStatsCallback;

            /**
             * Encodes the specified GetSessionStatsCallback message. Does not implicitly {@link livekit.proto.GetSessionStatsCallback.verify|verify} messages.
             * @param message GetSessionStatsCallback message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: livekit.proto.GetSessionStatsCallback.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GetSessionStatsCallback message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {livekit.proto.GetSessionStatsCallback & livekit.proto.GetSessionStatsCallback.$Shape} GetSessionStatsCallback
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): livekit.proto.GetSessionStatsCallback & livekit.proto.GetSessionStatsCallback.$Shape;

            /**
             * Verifies a GetSessionStatsCallback message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a GetSessionStatsCallback message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns GetSessionStatsCallback
             */
            static fromObject(object: { [k: string]: any }): livekit.proto.GetSessionStatsCallback;

            /**
             * Creates a plain object from a GetSessionStatsCallback message. Also converts values to other types if specified.
             * @param message GetSessionStatsCallback
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: livekit.proto.GetSessionStatsCallback, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GetSessionStatsCallback to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace GetSessionStatsCallback {

            /** Properties of a GetSessionStatsCallback. */
            interface $Properties {

                /** GetSessionStatsCallback asyncId */
                asyncId: (number|Long);

                /** GetSessionStatsCallback error */
                error?: (string|null);

                /** GetSessionStatsCallback result */
                result?: (livekit.proto.GetSessionStatsCallback.Result.$Properties|null);

                /** GetSessionStatsCallback message */
                message?: ("error"|"result");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a GetSessionStatsCallback. */
            type $Shape = {
              asyncId: number|Long;
              error?: string|null;
              result?: livekit.proto.GetSessionStatsCallback.Result.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ message?: undefined; error?: null; result?: null }|{ message?: "error"; error: string; result?: null }|{ message?: "result"; error?: null; result: livekit.proto.GetSessionStatsCallback.Result.$Shape })
            );

            /**
             * Properties of a Result.
             * @deprecated Use livekit.proto.GetSessionStatsCallback.Result.$Properties instead.
             */
            interface IResult extends livekit.proto.GetSessionStatsCallback.Result.$Properties {
            }

            /** Represents a Result. */
            class Result {

                /**
                 * Constructs a new Result.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: livekit.proto.GetSessionStatsCallback.Result.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Result publisherStats. */
                publisherStats: livekit.proto.RtcStats.$Properties[];

                /** Result subscriberStats. */
                subscriberStats: livekit.proto.RtcStats.$Properties[];

                /**
                 * Creates a new Result instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Result instance
                 */
                static create(properties: livekit.proto.GetSessionStatsCallback.Result.$Shape): livekit.proto.GetSessionStatsCallback.Result & livekit.proto.GetSessionStatsCallback.Result.$Shape;
                static create(properties?: livekit.proto.GetSessionStatsCallback.Result.$Properties): livekit.proto.GetSessionStatsCallback.Result;

                /**
                 * Encodes the specified Result message. Does not implicitly {@link livekit.proto.GetSessionStatsCallback.Result.verify|verify} messages.
                 * @param message Result message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: livekit.proto.GetSessionStatsCallback.Result.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Result message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {livekit.proto.GetSessionStatsCallback.Result & livekit.proto.GetSessionStatsCallback.Result.$Shape} Result
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): livekit.proto.GetSessionStatsCallback.Result & livekit.proto.GetSessionStatsCallback.Result.$Shape;

                /**
                 * Verifies a Result message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Result message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Result
                 */
                static fromObject(object: { [k: string]: any }): livekit.proto.GetSessionStatsCallback.Result;

                /**
                 * Creates a plain object from a Result message. Also converts values to other types if specified.
                 * @param message Result
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: livekit.proto.GetSessionStatsCallback.Result, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Result to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace Result {

                /** Properties of a Result. */
                interface $Properties {

                    /** Result publisherStats */
                    publisherStats?: (livekit.proto.RtcStats.$Properties[]|null);

                    /** Result subscriberStats */
                    subscriberStats?: (livekit.proto.RtcStats.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Result. */
                type $Shape = {
                  publisherStats?: livekit.proto.RtcStats.$Shape[]|null;
                  subscriberStats?: livekit.proto.RtcStats.$Shape[]|null;
                  $unknowns?: Uint8Array[];
                };
            }
        }

        /**
         * Properties of an IceServer.
         * @deprecated Use livekit.proto.IceServer.$Properties instead.
         */
        interface IIceServer extends livekit.proto.IceServer.$Properties {
        }

        /** Represents an IceServer. */
        class IceServer {

            /**
             * Constructs a new IceServer.
             * @param [properties] Properties to set
             */
            constructor(properties?: livekit.proto.IceServer.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** IceServer urls. */
            urls: string[];

            /** IceServer username. */
            username: string;

            /** IceServer password. */
            password: string;

            /**
             * Creates a new IceServer instance using the specified properties.
             * @param [properties] Properties to set
             * @returns IceServer instance
             */
            static create(properties: livekit.proto.IceServer.$Shape): livekit.proto.IceServer & livekit.proto.IceServer.$Shape;
            static create(properties?: livekit.proto.IceServer.$Properties): livekit.proto.IceServer;

            /**
             * Encodes the specified IceServer message. Does not implicitly {@link livekit.proto.IceServer.verify|verify} messages.
             * @param message IceServer message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: livekit.proto.IceServer.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an IceServer message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {livekit.proto.IceServer & livekit.proto.IceServer.$Shape} IceServer
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): livekit.proto.IceServer & livekit.proto.IceServer.$Shape;

            /**
             * Verifies an IceServer message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an IceServer message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns IceServer
             */
            static fromObject(object: { [k: string]: any }): livekit.proto.IceServer;

            /**
             * Creates a plain object from an IceServer message. Also converts values to other types if specified.
             * @param message IceServer
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: livekit.proto.IceServer, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this IceServer to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace IceServer {

            /** Properties of an IceServer. */
            interface $Properties {

                /** IceServer urls */
                urls?: (string[]|null);

                /** IceServer username */
                username?: (string|null);

                /** IceServer password */
                password?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an IceServer. */
            type $Shape = livekit.proto.IceServer.$Properties;
        }

        /**
         * Properties of a RtcConfig.
         * @deprecated Use livekit.proto.RtcConfig.$Properties instead.
         */
        interface IRtcConfig extends livekit.proto.RtcConfig.$Properties {
        }

        /** Represents a RtcConfig. */
        class RtcConfig {

            /**
             * Constructs a new RtcConfig.
             * @param [properties] Properties to set
             */
            constructor(properties?: livekit.proto.RtcConfig.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RtcConfig iceTransportType. */
            iceTransportType: livekit.proto.IceTransportType;

            /** RtcConfig continualGatheringPolicy. */
            continualGatheringPolicy: livekit.proto.ContinualGatheringPolicy;

            /** RtcConfig iceServers. */
            iceServers: livekit.proto.IceServer.$Properties[];

            /**
             * Creates a new RtcConfig instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RtcConfig instance
             */
            static create(properties: livekit.proto.RtcConfig.$Shape): livekit.proto.RtcConfig & livekit.proto.RtcConfig.$Shape;
            static create(properties?: livekit.proto.RtcConfig.$Properties): livekit.proto.RtcConfig;

            /**
             * Encodes the specified RtcConfig message. Does not implicitly {@link livekit.proto.RtcConfig.verify|verify} messages.
             * @param message RtcConfig message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: livekit.proto.RtcConfig.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RtcConfig message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {livekit.proto.RtcConfig & livekit.proto.RtcConfig.$Shape} RtcConfig
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): livekit.proto.RtcConfig & livekit.proto.RtcConfig.$Shape;

            /**
             * Verifies a RtcConfig message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a RtcConfig message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RtcConfig
             */
            static fromObject(object: { [k: string]: any }): livekit.proto.RtcConfig;

            /**
             * Creates a plain object from a RtcConfig message. Also converts values to other types if specified.
             * @param message RtcConfig
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: livekit.proto.RtcConfig, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RtcConfig to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace RtcConfig {

            /** Properties of a RtcConfig. */
            interface $Properties {

                /** RtcConfig iceTransportType */
                iceTransportType?: (livekit.proto.IceTransportType|null);

                /** RtcConfig continualGatheringPolicy */
                continualGatheringPolicy?: (livekit.proto.ContinualGatheringPolicy|null);

                /** RtcConfig iceServers */
                iceServers?: (livekit.proto.IceServer.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RtcConfig. */
            type $Shape = livekit.proto.RtcConfig.$Properties;
        }

        /**
         * Properties of a RoomOptions.
         * @deprecated Use livekit.proto.RoomOptions.$Properties instead.
         */
        interface IRoomOptions extends livekit.proto.RoomOptions.$Properties {
        }

        /** Represents a RoomOptions. */
        class RoomOptions {

            /**
             * Constructs a new RoomOptions.
             * @param [properties] Properties to set
             */
            constructor(properties?: livekit.proto.RoomOptions.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RoomOptions autoSubscribe. */
            autoSubscribe: boolean;

            /** RoomOptions adaptiveStream. */
            adaptiveStream: boolean;

            /** RoomOptions dynacast. */
            dynacast: boolean;

            /** RoomOptions rtcConfig. */
            rtcConfig?: (livekit.proto.RtcConfig.$Properties|null);

            /** RoomOptions joinRetries. */
            joinRetries: number;

            /** RoomOptions singlePeerConnection. */
            singlePeerConnection: boolean;

            /** RoomOptions connectTimeoutMs. */
            connectTimeoutMs: (number|Long);

            /** RoomOptions otherSdks. */
            otherSdks: string;

            /**
             * Creates a new RoomOptions instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RoomOptions instance
             */
            static create(properties: livekit.proto.RoomOptions.$Shape): livekit.proto.RoomOptions & livekit.proto.RoomOptions.$Shape;
            static create(properties?: livekit.proto.RoomOptions.$Properties): livekit.proto.RoomOptions;

            /**
             * Encodes the specified RoomOptions message. Does not implicitly {@link livekit.proto.RoomOptions.verify|verify} messages.
             * @param message RoomOptions message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: livekit.proto.RoomOptions.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RoomOptions message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {livekit.proto.RoomOptions & livekit.proto.RoomOptions.$Shape} RoomOptions
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): livekit.proto.RoomOptions & livekit.proto.RoomOptions.$Shape;

            /**
             * Verifies a RoomOptions message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a RoomOptions message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RoomOptions
             */
            static fromObject(object: { [k: string]: any }): livekit.proto.RoomOptions;

            /**
             * Creates a plain object from a RoomOptions message. Also converts values to other types if specified.
             * @param message RoomOptions
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: livekit.proto.RoomOptions, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RoomOptions to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace RoomOptions {

            /** Properties of a RoomOptions. */
            interface $Properties {

                /** RoomOptions autoSubscribe */
                autoSubscribe?: (boolean|null);

                /** RoomOptions adaptiveStream */
                adaptiveStream?: (boolean|null);

                /** RoomOptions dynacast */
                dynacast?: (boolean|null);

                /** RoomOptions rtcConfig */
                rtcConfig?: (livekit.proto.RtcConfig.$Properties|null);

                /** RoomOptions joinRetries */
                joinRetries?: (number|null);

                /** RoomOptions singlePeerConnection */
                singlePeerConnection?: (boolean|null);

                /** RoomOptions connectTimeoutMs */
                connectTimeoutMs?: (number|Long|null);

                /** RoomOptions otherSdks */
                otherSdks?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RoomOptions. */
            type $Shape = livekit.proto.RoomOptions.$Properties;
        }

        /**
         * Properties of a RoomEvent.
         * @deprecated Use livekit.proto.RoomEvent.$Properties instead.
         */
        interface IRoomEvent extends livekit.proto.RoomEvent.$Properties {
        }

        /** Represents a RoomEvent. */
        class RoomEvent {

            /**
             * Constructs a new RoomEvent.
             * @param [properties] Properties to set
             */
            constructor(properties?: livekit.proto.RoomEvent.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RoomEvent roomHandle. */
            roomHandle: (number|Long);

            /** RoomEvent participantConnected. */
            participantConnected?: (livekit.proto.ParticipantConnected.$Properties|null);

            /** RoomEvent participantDisconnected. */
            participantDisconnected?: (livekit.proto.ParticipantDisconnected.$Properties|null);

            /** RoomEvent roomSidChanged. */
            roomSidChanged?: (livekit.proto.RoomSidChanged.$Properties|null);

            /** RoomEvent connectionStateChanged. */
            connectionStateChanged?: (livekit.proto.ConnectionStateChanged.$Properties|null);

            /** RoomEvent disconnected. */
            disconnected?: (livekit.proto.Disconnected.$Properties|null);

            /** RoomEvent reconnecting. */
            reconnecting?: (livekit.proto.Reconnecting.$Properties|null);

            /** RoomEvent reconnected. */
            reconnected?: (livekit.proto.Reconnected.$Properties|null);

            /** RoomEvent eos. */
            eos?: (livekit.proto.RoomEOS.$Properties|null);

            /** RoomEvent participantActive. */
            participantActive?: (livekit.proto.ParticipantActive.$Properties|null);

            /** RoomEvent dataTrackPublished. */
            dataTrackPublished?: (livekit.proto.DataTrackPublished.$Properties|null);

            /** RoomEvent dataTrackUnpublished. */
            dataTrackUnpublished?: (livekit.proto.DataTrackUnpublished.$Properties|null);

            /** RoomEvent message. */
            message?: ("participantConnected"|"participantDisconnected"|"roomSidChanged"|"connectionStateChanged"|"disconnected"|"reconnecting"|"reconnected"|"eos"|"participantActive"|"dataTrackPublished"|"dataTrackUnpublished");

            /**
             * Creates a new RoomEvent instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RoomEvent instance
             */
            static create(properties: livekit.proto.RoomEvent.$Shape): livekit.proto.RoomEvent & livekit.proto.RoomEvent.$Shape;
            static create(properties?: livekit.proto.RoomEvent.$Properties): livekit.proto.RoomEvent;

            /**
             * Encodes the specified RoomEvent message. Does not implicitly {@link livekit.proto.RoomEvent.verify|verify} messages.
             * @param message RoomEvent message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: livekit.proto.RoomEvent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RoomEvent message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {livekit.proto.RoomEvent & livekit.proto.RoomEvent.$Shape} RoomEvent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): livekit.proto.RoomEvent & livekit.proto.RoomEvent.$Shape;

            /**
             * Verifies a RoomEvent message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a RoomEvent message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RoomEvent
             */
            static fromObject(object: { [k: string]: any }): livekit.proto.RoomEvent;

            /**
             * Creates a plain object from a RoomEvent message. Also converts values to other types if specified.
             * @param message RoomEvent
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: livekit.proto.RoomEvent, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RoomEvent to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace RoomEvent {

            /** Properties of a RoomEvent. */
            interface $Properties {

                /** RoomEvent roomHandle */
                roomHandle: (number|Long);

                /** RoomEvent participantConnected */
                participantConnected?: (livekit.proto.ParticipantConnected.$Properties|null);

                /** RoomEvent participantDisconnected */
                participantDisconnected?: (livekit.proto.ParticipantDisconnected.$Properties|null);

                /** RoomEvent roomSidChanged */
                roomSidChanged?: (livekit.proto.RoomSidChanged.$Properties|null);

                /** RoomEvent connectionStateChanged */
                connectionStateChanged?: (livekit.proto.ConnectionStateChanged.$Properties|null);

                /** RoomEvent disconnected */
                disconnected?: (livekit.proto.Disconnected.$Properties|null);

                /** RoomEvent reconnecting */
                reconnecting?: (livekit.proto.Reconnecting.$Properties|null);

                /** RoomEvent reconnected */
                reconnected?: (livekit.proto.Reconnected.$Properties|null);

                /** RoomEvent eos */
                eos?: (livekit.proto.RoomEOS.$Properties|null);

                /** RoomEvent participantActive */
                participantActive?: (livekit.proto.ParticipantActive.$Properties|null);

                /** RoomEvent dataTrackPublished */
                dataTrackPublished?: (livekit.proto.DataTrackPublished.$Properties|null);

                /** RoomEvent dataTrackUnpublished */
                dataTrackUnpublished?: (livekit.proto.DataTrackUnpublished.$Properties|null);

                /** RoomEvent message */
                message?: ("participantConnected"|"participantDisconnected"|"roomSidChanged"|"connectionStateChanged"|"disconnected"|"reconnecting"|"reconnected"|"eos"|"participantActive"|"dataTrackPublished"|"dataTrackUnpublished");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a RoomEvent. */
            type $Shape = {
              roomHandle: number|Long;
              participantConnected?: livekit.proto.ParticipantConnected.$Shape|null;
              participantDisconnected?: livekit.proto.ParticipantDisconnected.$Shape|null;
              roomSidChanged?: livekit.proto.RoomSidChanged.$Shape|null;
              connectionStateChanged?: livekit.proto.ConnectionStateChanged.$Shape|null;
              disconnected?: livekit.proto.Disconnected.$Shape|null;
              reconnecting?: livekit.proto.Reconnecting.$Shape|null;
              reconnected?: livekit.proto.Reconnected.$Shape|null;
              eos?: livekit.proto.RoomEOS.$Shape|null;
              participantActive?: livekit.proto.ParticipantActive.$Shape|null;
              dataTrackPublished?: livekit.proto.DataTrackPublished.$Shape|null;
              dataTrackUnpublished?: livekit.proto.DataTrackUnpublished.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ message?: undefined; participantConnected?: null; participantDisconnected?: null; roomSidChanged?: null; connectionStateChanged?: null; disconnected?: null; reconnecting?: null; reconnected?: null; eos?: null; participantActive?: null; dataTrackPublished?: null; dataTrackUnpublished?: null }|{ message?: "participantConnected"; participantConnected: livekit.proto.ParticipantConnected.$Shape; participantDisconnected?: null; roomSidChanged?: null; connectionStateChanged?: null; disconnected?: null; reconnecting?: null; reconnected?: null; eos?: null; participantActive?: null; dataTrackPublished?: null; dataTrackUnpublished?: null }|{ message?: "participantDisconnected"; participantConnected?: null; participantDisconnected: livekit.proto.ParticipantDisconnected.$Shape; roomSidChanged?: null; connectionStateChanged?: null; disconnected?: null; reconnecting?: null; reconnected?: null; eos?: null; participantActive?: null; dataTrackPublished?: null; dataTrackUnpublished?: null }|{ message?: "roomSidChanged"; participantConnected?: null; participantDisconnected?: null; roomSidChanged: livekit.proto.RoomSidChanged.$Shape; connectionStateChanged?: null; disconnected?: null; reconnecting?: null; reconnected?: null; eos?: null; participantActive?: null; dataTrackPublished?: null; dataTrackUnpublished?: null }|{ message?: "connectionStateChanged"; participantConnected?: null; participantDisconnected?: null; roomSidChanged?: null; connectionStateChanged: livekit.proto.ConnectionStateChanged.$Shape; disconnected?: null; reconnecting?: null; reconnected?: null; eos?: null; participantActive?: null; dataTrackPublished?: null; dataTrackUnpublished?: null }|{ message?: "disconnected"; participantConnected?: null; participantDisconnected?: null; roomSidChanged?: null; connectionStateChanged?: null; disconnected: livekit.proto.Disconnected.$Shape; reconnecting?: null; reconnected?: null; eos?: null; participantActive?: null; dataTrackPublished?: null; dataTrackUnpublished?: null }|{ message?: "reconnecting"; participantConnected?: null; participantDisconnected?: null; roomSidChanged?: null; connectionStateChanged?: null; disconnected?: null; reconnecting: livekit.proto.Reconnecting.$Shape; reconnected?: null; eos?: null; participantActive?: null; dataTrackPublished?: null; dataTrackUnpublished?: null }|{ message?: "reconnected"; participantConnected?: null; participantDisconnected?: null; roomSidChanged?: null; connectionStateChanged?: null; disconnected?: null; reconnecting?: null; reconnected: livekit.proto.Reconnected.$Shape; eos?: null; participantActive?: null; dataTrackPublished?: null; dataTrackUnpublished?: null }|{ message?: "eos"; participantConnected?: null; participantDisconnected?: null; roomSidChanged?: null; connectionStateChanged?: null; disconnected?: null; reconnecting?: null; reconnected?: null; eos: livekit.proto.RoomEOS.$Shape; participantActive?: null; dataTrackPublished?: null; dataTrackUnpublished?: null }|{ message?: "participantActive"; participantConnected?: null; participantDisconnected?: null; roomSidChanged?: null; connectionStateChanged?: null; disconnected?: null; reconnecting?: null; reconnected?: null; eos?: null; participantActive: livekit.proto.ParticipantActive.$Shape; dataTrackPublished?: null; dataTrackUnpublished?: null }|{ message?: "dataTrackPublished"; participantConnected?: null; participantDisconnected?: null; roomSidChanged?: null; connectionStateChanged?: null; disconnected?: null; reconnecting?: null; reconnected?: null; eos?: null; participantActive?: null; dataTrackPublished: livekit.proto.DataTrackPublished.$Shape; dataTrackUnpublished?: null }|{ message?: "dataTrackUnpublished"; participantConnected?: null; participantDisconnected?: null; roomSidChanged?: null; connectionStateChanged?: null; disconnected?: null; reconnecting?: null; reconnected?: null; eos?: null; participantActive?: null; dataTrackPublished?: null; dataTrackUnpublished: livekit.proto.DataTrackUnpublished.$Shape })
            );
        }

        /**
         * Properties of a RoomInfo.
         * @deprecated Use livekit.proto.RoomInfo.$Properties instead.
         */
        interface IRoomInfo extends livekit.proto.RoomInfo.$Properties {
        }

        /** Represents a RoomInfo. */
        class RoomInfo {

            /**
             * Constructs a new RoomInfo.
             * @param [properties] Properties to set
             */
            constructor(properties?: livekit.proto.RoomInfo.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RoomInfo sid. */
            sid: string;

            /** RoomInfo name. */
            name: string;

            /** RoomInfo metadata. */
            metadata: string;

            /** RoomInfo lossyDcBufferedAmountLowThreshold. */
            lossyDcBufferedAmountLowThreshold: (number|Long);

            /** RoomInfo reliableDcBufferedAmountLowThreshold. */
            reliableDcBufferedAmountLowThreshold: (number|Long);

            /** RoomInfo emptyTimeout. */
            emptyTimeout: number;

            /** RoomInfo departureTimeout. */
            departureTimeout: number;

            /** RoomInfo maxParticipants. */
            maxParticipants: number;

            /** RoomInfo creationTime. */
            creationTime: (number|Long);

            /** RoomInfo numParticipants. */
            numParticipants: number;

            /** RoomInfo numPublishers. */
            numPublishers: number;

            /** RoomInfo activeRecording. */
            activeRecording: boolean;

            /**
             * Creates a new RoomInfo instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RoomInfo instance
             */
            static create(properties: livekit.proto.RoomInfo.$Shape): livekit.proto.RoomInfo & livekit.proto.RoomInfo.$Shape;
            static create(properties?: livekit.proto.RoomInfo.$Properties): livekit.proto.RoomInfo;

            /**
             * Encodes the specified RoomInfo message. Does not implicitly {@link livekit.proto.RoomInfo.verify|verify} messages.
             * @param message RoomInfo message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: livekit.proto.RoomInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RoomInfo message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {livekit.proto.RoomInfo & livekit.proto.RoomInfo.$Shape} RoomInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): livekit.proto.RoomInfo & livekit.proto.RoomInfo.$Shape;

            /**
             * Verifies a RoomInfo message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a RoomInfo message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RoomInfo
             */
            static fromObject(object: { [k: string]: any }): livekit.proto.RoomInfo;

            /**
             * Creates a plain object from a RoomInfo message. Also converts values to other types if specified.
             * @param message RoomInfo
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: livekit.proto.RoomInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RoomInfo to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace RoomInfo {

            /** Properties of a RoomInfo. */
            interface $Properties {

                /** RoomInfo sid */
                sid?: (string|null);

                /** RoomInfo name */
                name: string;

                /** RoomInfo metadata */
                metadata: string;

                /** RoomInfo lossyDcBufferedAmountLowThreshold */
                lossyDcBufferedAmountLowThreshold: (number|Long);

                /** RoomInfo reliableDcBufferedAmountLowThreshold */
                reliableDcBufferedAmountLowThreshold: (number|Long);

                /** RoomInfo emptyTimeout */
                emptyTimeout: number;

                /** RoomInfo departureTimeout */
                departureTimeout: number;

                /** RoomInfo maxParticipants */
                maxParticipants: number;

                /** RoomInfo creationTime */
                creationTime: (number|Long);

                /** RoomInfo numParticipants */
                numParticipants: number;

                /** RoomInfo numPublishers */
                numPublishers: number;

                /** RoomInfo activeRecording */
                activeRecording: boolean;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RoomInfo. */
            type $Shape = livekit.proto.RoomInfo.$Properties;
        }

        /**
         * Properties of an OwnedRoom.
         * @deprecated Use livekit.proto.OwnedRoom.$Properties instead.
         */
        interface IOwnedRoom extends livekit.proto.OwnedRoom.$Properties {
        }

        /** Represents an OwnedRoom. */
        class OwnedRoom {

            /**
             * Constructs a new OwnedRoom.
             * @param [properties] Properties to set
             */
            constructor(properties?: livekit.proto.OwnedRoom.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** OwnedRoom handle. */
            handle: livekit.proto.FfiOwnedHandle.$Properties;

            /** OwnedRoom info. */
            info: livekit.proto.RoomInfo.$Properties;

            /**
             * Creates a new OwnedRoom instance using the specified properties.
             * @param [properties] Properties to set
             * @returns OwnedRoom instance
             */
            static create(properties: livekit.proto.OwnedRoom.$Shape): livekit.proto.OwnedRoom & livekit.proto.OwnedRoom.$Shape;
            static create(properties?: livekit.proto.OwnedRoom.$Properties): livekit.proto.OwnedRoom;

            /**
             * Encodes the specified OwnedRoom message. Does not implicitly {@link livekit.proto.OwnedRoom.verify|verify} messages.
             * @param message OwnedRoom message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: livekit.proto.OwnedRoom.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an OwnedRoom message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {livekit.proto.OwnedRoom & livekit.proto.OwnedRoom.$Shape} OwnedRoom
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): livekit.proto.OwnedRoom & livekit.proto.OwnedRoom.$Shape;

            /**
             * Verifies an OwnedRoom message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an OwnedRoom message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns OwnedRoom
             */
            static fromObject(object: { [k: string]: any }): livekit.proto.OwnedRoom;

            /**
             * Creates a plain object from an OwnedRoom message. Also converts values to other types if specified.
             * @param message OwnedRoom
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: livekit.proto.OwnedRoom, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this OwnedRoom to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace OwnedRoom {

            /** Properties of an OwnedRoom. */
            interface $Properties {

                /** OwnedRoom handle */
                handle: livekit.proto.FfiOwnedHandle.$Properties;

                /** OwnedRoom info */
                info: livekit.proto.RoomInfo.$Properties;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an OwnedRoom. */
            type $Shape = livekit.proto.OwnedRoom.$Properties;
        }

        /**
         * Properties of a ParticipantConnected.
         * @deprecated Use livekit.proto.ParticipantConnected.$Properties instead.
         */
        interface IParticipantConnected extends livekit.proto.ParticipantConnected.$Properties {
        }

        /** Represents a ParticipantConnected. */
        class ParticipantConnected {

            /**
             * Constructs a new ParticipantConnected.
             * @param [properties] Properties to set
             */
            constructor(properties?: livekit.proto.ParticipantConnected.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ParticipantConnected info. */
            info: livekit.proto.OwnedParticipant.$Properties;

            /**
             * Creates a new ParticipantConnected instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ParticipantConnected instance
             */
            static create(properties: livekit.proto.ParticipantConnected.$Shape): livekit.proto.ParticipantConnected & livekit.proto.ParticipantConnected.$Shape;
            static create(properties?: livekit.proto.ParticipantConnected.$Properties): livekit.proto.ParticipantConnected;

            /**
             * Encodes the specified ParticipantConnected message. Does not implicitly {@link livekit.proto.ParticipantConnected.verify|verify} messages.
             * @param message ParticipantConnected message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: livekit.proto.ParticipantConnected.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ParticipantConnected message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {livekit.proto.ParticipantConnected & livekit.proto.ParticipantConnected.$Shape} ParticipantConnected
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): livekit.proto.ParticipantConnected & livekit.proto.ParticipantConnected.$Shape;

            /**
             * Verifies a ParticipantConnected message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ParticipantConnected message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ParticipantConnected
             */
            static fromObject(object: { [k: string]: any }): livekit.proto.ParticipantConnected;

            /**
             * Creates a plain object from a ParticipantConnected message. Also converts values to other types if specified.
             * @param message ParticipantConnected
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: livekit.proto.ParticipantConnected, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ParticipantConnected to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace ParticipantConnected {

            /** Properties of a ParticipantConnected. */
            interface $Properties {

                /** ParticipantConnected info */
                info: livekit.proto.OwnedParticipant.$Properties;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ParticipantConnected. */
            type $Shape = livekit.proto.ParticipantConnected.$Properties;
        }

        /**
         * Properties of a ParticipantActive.
         * @deprecated Use livekit.proto.ParticipantActive.$Properties instead.
         */
        interface IParticipantActive extends livekit.proto.ParticipantActive.$Properties {
        }

        /** Represents a ParticipantActive. */
        class ParticipantActive {

            /**
             * Constructs a new ParticipantActive.
             * @param [properties] Properties to set
             */
            constructor(properties?: livekit.proto.ParticipantActive.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ParticipantActive participantIdentity. */
            participantIdentity: string;

            /**
             * Creates a new ParticipantActive instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ParticipantActive instance
             */
            static create(properties: livekit.proto.ParticipantActive.$Shape): livekit.proto.ParticipantActive & livekit.proto.ParticipantActive.$Shape;
            static create(properties?: livekit.proto.ParticipantActive.$Properties): livekit.proto.ParticipantActive;

            /**
             * Encodes the specified ParticipantActive message. Does not implicitly {@link livekit.proto.ParticipantActive.verify|verify} messages.
             * @param message ParticipantActive message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: livekit.proto.ParticipantActive.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ParticipantActive message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {livekit.proto.ParticipantActive & livekit.proto.ParticipantActive.$Shape} ParticipantActive
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): livekit.proto.ParticipantActive & livekit.proto.ParticipantActive.$Shape;

            /**
             * Verifies a ParticipantActive message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ParticipantActive message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ParticipantActive
             */
            static fromObject(object: { [k: string]: any }): livekit.proto.ParticipantActive;

            /**
             * Creates a plain object from a ParticipantActive message. Also converts values to other types if specified.
             * @param message ParticipantActive
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: livekit.proto.ParticipantActive, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ParticipantActive to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace ParticipantActive {

            /** Properties of a ParticipantActive. */
            interface $Properties {

                /** ParticipantActive participantIdentity */
                participantIdentity: string;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ParticipantActive. */
            type $Shape = livekit.proto.ParticipantActive.$Properties;
        }

        /**
         * Properties of a ParticipantDisconnected.
         * @deprecated Use livekit.proto.ParticipantDisconnected.$Properties instead.
         */
        interface IParticipantDisconnected extends livekit.proto.ParticipantDisconnected.$Properties {
        }

        /** Represents a ParticipantDisconnected. */
        class ParticipantDisconnected {

            /**
             * Constructs a new ParticipantDisconnected.
             * @param [properties] Properties to set
             */
            constructor(properties?: livekit.proto.ParticipantDisconnected.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ParticipantDisconnected participantIdentity. */
            participantIdentity: string;

            /** ParticipantDisconnected disconnectReason. */
            disconnectReason: livekit.proto.DisconnectReason;

            /**
             * Creates a new ParticipantDisconnected instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ParticipantDisconnected instance
             */
            static create(properties: livekit.proto.ParticipantDisconnected.$Shape): livekit.proto.ParticipantDisconnected & livekit.proto.ParticipantDisconnected.$Shape;
            static create(properties?: livekit.proto.ParticipantDisconnected.$Properties): livekit.proto.ParticipantDisconnected;

            /**
             * Encodes the specified ParticipantDisconnected message. Does not implicitly {@link livekit.proto.ParticipantDisconnected.verify|verify} messages.
             * @param message ParticipantDisconnected message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: livekit.proto.ParticipantDisconnected.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ParticipantDisconnected message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {livekit.proto.ParticipantDisconnected & livekit.proto.ParticipantDisconnected.$Shape} ParticipantDisconnected
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): livekit.proto.ParticipantDisconnected & livekit.proto.ParticipantDisconnected.$Shape;

            /**
             * Verifies a ParticipantDisconnected message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ParticipantDisconnected message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ParticipantDisconnected
             */
            static fromObject(object: { [k: string]: any }): livekit.proto.ParticipantDisconnected;

            /**
             * Creates a plain object from a ParticipantDisconnected message. Also converts values to other types if specified.
             * @param message ParticipantDisconnected
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: livekit.proto.ParticipantDisconnected, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ParticipantDisconnected to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace ParticipantDisconnected {

            /** Properties of a ParticipantDisconnected. */
            interface $Properties {

                /** ParticipantDisconnected participantIdentity */
                participantIdentity: string;

                /** ParticipantDisconnected disconnectReason */
                disconnectReason: livekit.proto.DisconnectReason;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ParticipantDisconnected. */
            type $Shape = livekit.proto.ParticipantDisconnected.$Properties;
        }

        /**
         * Properties of a RoomSidChanged.
         * @deprecated Use livekit.proto.RoomSidChanged.$Properties instead.
         */
        interface IRoomSidChanged extends livekit.proto.RoomSidChanged.$Properties {
        }

        /** Represents a RoomSidChanged. */
        class RoomSidChanged {

            /**
             * Constructs a new RoomSidChanged.
             * @param [properties] Properties to set
             */
            constructor(properties?: livekit.proto.RoomSidChanged.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RoomSidChanged sid. */
            sid: string;

            /**
             * Creates a new RoomSidChanged instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RoomSidChanged instance
             */
            static create(properties: livekit.proto.RoomSidChanged.$Shape): livekit.proto.RoomSidChanged & livekit.proto.RoomSidChanged.$Shape;
            static create(properties?: livekit.proto.RoomSidChanged.$Properties): livekit.proto.RoomSidChanged;

            /**
             * Encodes the specified RoomSidChanged message. Does not implicitly {@link livekit.proto.RoomSidChanged.verify|verify} messages.
             * @param message RoomSidChanged message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: livekit.proto.RoomSidChanged.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RoomSidChanged message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {livekit.proto.RoomSidChanged & livekit.proto.RoomSidChanged.$Shape} RoomSidChanged
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): livekit.proto.RoomSidChanged & livekit.proto.RoomSidChanged.$Shape;

            /**
             * Verifies a RoomSidChanged message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a RoomSidChanged message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RoomSidChanged
             */
            static fromObject(object: { [k: string]: any }): livekit.proto.RoomSidChanged;

            /**
             * Creates a plain object from a RoomSidChanged message. Also converts values to other types if specified.
             * @param message RoomSidChanged
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: livekit.proto.RoomSidChanged, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RoomSidChanged to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace RoomSidChanged {

            /** Properties of a RoomSidChanged. */
            interface $Properties {

                /** RoomSidChanged sid */
                sid: string;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RoomSidChanged. */
            type $Shape = livekit.proto.RoomSidChanged.$Properties;
        }

        /**
         * Properties of a ConnectionStateChanged.
         * @deprecated Use livekit.proto.ConnectionStateChanged.$Properties instead.
         */
        interface IConnectionStateChanged extends livekit.proto.ConnectionStateChanged.$Properties {
        }

        /** Represents a ConnectionStateChanged. */
        class ConnectionStateChanged {

            /**
             * Constructs a new ConnectionStateChanged.
             * @param [properties] Properties to set
             */
            constructor(properties?: livekit.proto.ConnectionStateChanged.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ConnectionStateChanged state. */
            state: livekit.proto.ConnectionState;

            /**
             * Creates a new ConnectionStateChanged instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ConnectionStateChanged instance
             */
            static create(properties: livekit.proto.ConnectionStateChanged.$Shape): livekit.proto.ConnectionStateChanged & livekit.proto.ConnectionStateChanged.$Shape;
            static create(properties?: livekit.proto.ConnectionStateChanged.$Properties): livekit.proto.ConnectionStateChanged;

            /**
             * Encodes the specified ConnectionStateChanged message. Does not implicitly {@link livekit.proto.ConnectionStateChanged.verify|verify} messages.
             * @param message ConnectionStateChanged message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: livekit.proto.ConnectionStateChanged.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ConnectionStateChanged message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {livekit.proto.ConnectionStateChanged & livekit.proto.ConnectionStateChanged.$Shape} ConnectionStateChanged
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): livekit.proto.ConnectionStateChanged & livekit.proto.ConnectionStateChanged.$Shape;

            /**
             * Verifies a ConnectionStateChanged message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ConnectionStateChanged message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ConnectionStateChanged
             */
            static fromObject(object: { [k: string]: any }): livekit.proto.ConnectionStateChanged;

            /**
             * Creates a plain object from a ConnectionStateChanged message. Also converts values to other types if specified.
             * @param message ConnectionStateChanged
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: livekit.proto.ConnectionStateChanged, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ConnectionStateChanged to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace ConnectionStateChanged {

            /** Properties of a ConnectionStateChanged. */
            interface $Properties {

                /** ConnectionStateChanged state */
                state: livekit.proto.ConnectionState;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ConnectionStateChanged. */
            type $Shape = livekit.proto.ConnectionStateChanged.$Properties;
        }

        /**
         * Properties of a Disconnected.
         * @deprecated Use livekit.proto.Disconnected.$Properties instead.
         */
        interface IDisconnected extends livekit.proto.Disconnected.$Properties {
        }

        /** Represents a Disconnected. */
        class Disconnected {

            /**
             * Constructs a new Disconnected.
             * @param [properties] Properties to set
             */
            constructor(properties?: livekit.proto.Disconnected.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Disconnected reason. */
            reason: livekit.proto.DisconnectReason;

            /**
             * Creates a new Disconnected instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Disconnected instance
             */
            static create(properties: livekit.proto.Disconnected.$Shape): livekit.proto.Disconnected & livekit.proto.Disconnected.$Shape;
            static create(properties?: livekit.proto.Disconnected.$Properties): livekit.proto.Disconnected;

            /**
             * Encodes the specified Disconnected message. Does not implicitly {@link livekit.proto.Disconnected.verify|verify} messages.
             * @param message Disconnected message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: livekit.proto.Disconnected.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Disconnected message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {livekit.proto.Disconnected & livekit.proto.Disconnected.$Shape} Disconnected
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): livekit.proto.Disconnected & livekit.proto.Disconnected.$Shape;

            /**
             * Verifies a Disconnected message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Disconnected message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Disconnected
             */
            static fromObject(object: { [k: string]: any }): livekit.proto.Disconnected;

            /**
             * Creates a plain object from a Disconnected message. Also converts values to other types if specified.
             * @param message Disconnected
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: livekit.proto.Disconnected, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Disconnected to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace Disconnected {

            /** Properties of a Disconnected. */
            interface $Properties {

                /** Disconnected reason */
                reason: livekit.proto.DisconnectReason;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Disconnected. */
            type $Shape = livekit.proto.Disconnected.$Properties;
        }

        /**
         * Properties of a Reconnecting.
         * @deprecated Use livekit.proto.Reconnecting.$Properties instead.
         */
        interface IReconnecting extends livekit.proto.Reconnecting.$Properties {
        }

        /** Represents a Reconnecting. */
        class Reconnecting {

            /**
             * Constructs a new Reconnecting.
             * @param [properties] Properties to set
             */
            constructor(properties?: livekit.proto.Reconnecting.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new Reconnecting instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Reconnecting instance
             */
            static create(properties: livekit.proto.Reconnecting.$Shape): livekit.proto.Reconnecting & livekit.proto.Reconnecting.$Shape;
            static create(properties?: livekit.proto.Reconnecting.$Properties): livekit.proto.Reconnecting;

            /**
             * Encodes the specified Reconnecting message. Does not implicitly {@link livekit.proto.Reconnecting.verify|verify} messages.
             * @param message Reconnecting message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: livekit.proto.Reconnecting.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Reconnecting message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {livekit.proto.Reconnecting & livekit.proto.Reconnecting.$Shape} Reconnecting
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): livekit.proto.Reconnecting & livekit.proto.Reconnecting.$Shape;

            /**
             * Verifies a Reconnecting message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Reconnecting message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Reconnecting
             */
            static fromObject(object: { [k: string]: any }): livekit.proto.Reconnecting;

            /**
             * Creates a plain object from a Reconnecting message. Also converts values to other types if specified.
             * @param message Reconnecting
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: livekit.proto.Reconnecting, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Reconnecting to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace Reconnecting {

            /** Properties of a Reconnecting. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Reconnecting. */
            type $Shape = livekit.proto.Reconnecting.$Properties;
        }

        /**
         * Properties of a Reconnected.
         * @deprecated Use livekit.proto.Reconnected.$Properties instead.
         */
        interface IReconnected extends livekit.proto.Reconnected.$Properties {
        }

        /** Represents a Reconnected. */
        class Reconnected {

            /**
             * Constructs a new Reconnected.
             * @param [properties] Properties to set
             */
            constructor(properties?: livekit.proto.Reconnected.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new Reconnected instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Reconnected instance
             */
            static create(properties: livekit.proto.Reconnected.$Shape): livekit.proto.Reconnected & livekit.proto.Reconnected.$Shape;
            static create(properties?: livekit.proto.Reconnected.$Properties): livekit.proto.Reconnected;

            /**
             * Encodes the specified Reconnected message. Does not implicitly {@link livekit.proto.Reconnected.verify|verify} messages.
             * @param message Reconnected message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: livekit.proto.Reconnected.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Reconnected message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {livekit.proto.Reconnected & livekit.proto.Reconnected.$Shape} Reconnected
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): livekit.proto.Reconnected & livekit.proto.Reconnected.$Shape;

            /**
             * Verifies a Reconnected message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Reconnected message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Reconnected
             */
            static fromObject(object: { [k: string]: any }): livekit.proto.Reconnected;

            /**
             * Creates a plain object from a Reconnected message. Also converts values to other types if specified.
             * @param message Reconnected
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: livekit.proto.Reconnected, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Reconnected to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace Reconnected {

            /** Properties of a Reconnected. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Reconnected. */
            type $Shape = livekit.proto.Reconnected.$Properties;
        }

        /**
         * Properties of a RoomEOS.
         * @deprecated Use livekit.proto.RoomEOS.$Properties instead.
         */
        interface IRoomEOS extends livekit.proto.RoomEOS.$Properties {
        }

        /** Represents a RoomEOS. */
        class RoomEOS {

            /**
             * Constructs a new RoomEOS.
             * @param [properties] Properties to set
             */
            constructor(properties?: livekit.proto.RoomEOS.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new RoomEOS instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RoomEOS instance
             */
            static create(properties: livekit.proto.RoomEOS.$Shape): livekit.proto.RoomEOS & livekit.proto.RoomEOS.$Shape;
            static create(properties?: livekit.proto.RoomEOS.$Properties): livekit.proto.RoomEOS;

            /**
             * Encodes the specified RoomEOS message. Does not implicitly {@link livekit.proto.RoomEOS.verify|verify} messages.
             * @param message RoomEOS message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: livekit.proto.RoomEOS.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RoomEOS message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {livekit.proto.RoomEOS & livekit.proto.RoomEOS.$Shape} RoomEOS
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): livekit.proto.RoomEOS & livekit.proto.RoomEOS.$Shape;

            /**
             * Verifies a RoomEOS message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a RoomEOS message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RoomEOS
             */
            static fromObject(object: { [k: string]: any }): livekit.proto.RoomEOS;

            /**
             * Creates a plain object from a RoomEOS message. Also converts values to other types if specified.
             * @param message RoomEOS
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: livekit.proto.RoomEOS, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RoomEOS to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace RoomEOS {

            /** Properties of a RoomEOS. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RoomEOS. */
            type $Shape = livekit.proto.RoomEOS.$Properties;
        }

        /**
         * Properties of a DataTrackPublished.
         * @deprecated Use livekit.proto.DataTrackPublished.$Properties instead.
         */
        interface IDataTrackPublished extends livekit.proto.DataTrackPublished.$Properties {
        }

        /** Represents a DataTrackPublished. */
        class DataTrackPublished {

            /**
             * Constructs a new DataTrackPublished.
             * @param [properties] Properties to set
             */
            constructor(properties?: livekit.proto.DataTrackPublished.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DataTrackPublished track. */
            track: livekit.proto.OwnedRemoteDataTrack.$Properties;

            /**
             * Creates a new DataTrackPublished instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DataTrackPublished instance
             */
            static create(properties: livekit.proto.DataTrackPublished.$Shape): livekit.proto.DataTrackPublished & livekit.proto.DataTrackPublished.$Shape;
            static create(properties?: livekit.proto.DataTrackPublished.$Properties): livekit.proto.DataTrackPublished;

            /**
             * Encodes the specified DataTrackPublished message. Does not implicitly {@link livekit.proto.DataTrackPublished.verify|verify} messages.
             * @param message DataTrackPublished message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: livekit.proto.DataTrackPublished.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DataTrackPublished message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {livekit.proto.DataTrackPublished & livekit.proto.DataTrackPublished.$Shape} DataTrackPublished
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): livekit.proto.DataTrackPublished & livekit.proto.DataTrackPublished.$Shape;

            /**
             * Verifies a DataTrackPublished message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a DataTrackPublished message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns DataTrackPublished
             */
            static fromObject(object: { [k: string]: any }): livekit.proto.DataTrackPublished;

            /**
             * Creates a plain object from a DataTrackPublished message. Also converts values to other types if specified.
             * @param message DataTrackPublished
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: livekit.proto.DataTrackPublished, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DataTrackPublished to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace DataTrackPublished {

            /** Properties of a DataTrackPublished. */
            interface $Properties {

                /** DataTrackPublished track */
                track: livekit.proto.OwnedRemoteDataTrack.$Properties;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DataTrackPublished. */
            type $Shape = {
              track: livekit.proto.OwnedRemoteDataTrack.$Shape;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of a DataTrackUnpublished.
         * @deprecated Use livekit.proto.DataTrackUnpublished.$Properties instead.
         */
        interface IDataTrackUnpublished extends livekit.proto.DataTrackUnpublished.$Properties {
        }

        /** Represents a DataTrackUnpublished. */
        class DataTrackUnpublished {

            /**
             * Constructs a new DataTrackUnpublished.
             * @param [properties] Properties to set
             */
            constructor(properties?: livekit.proto.DataTrackUnpublished.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DataTrackUnpublished sid. */
            sid: string;

            /**
             * Creates a new DataTrackUnpublished instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DataTrackUnpublished instance
             */
            static create(properties: livekit.proto.DataTrackUnpublished.$Shape): livekit.proto.DataTrackUnpublished & livekit.proto.DataTrackUnpublished.$Shape;
            static create(properties?: livekit.proto.DataTrackUnpublished.$Properties): livekit.proto.DataTrackUnpublished;

            /**
             * Encodes the specified DataTrackUnpublished message. Does not implicitly {@link livekit.proto.DataTrackUnpublished.verify|verify} messages.
             * @param message DataTrackUnpublished message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: livekit.proto.DataTrackUnpublished.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DataTrackUnpublished message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {livekit.proto.DataTrackUnpublished & livekit.proto.DataTrackUnpublished.$Shape} DataTrackUnpublished
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): livekit.proto.DataTrackUnpublished & livekit.proto.DataTrackUnpublished.$Shape;

            /**
             * Verifies a DataTrackUnpublished message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a DataTrackUnpublished message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns DataTrackUnpublished
             */
            static fromObject(object: { [k: string]: any }): livekit.proto.DataTrackUnpublished;

            /**
             * Creates a plain object from a DataTrackUnpublished message. Also converts values to other types if specified.
             * @param message DataTrackUnpublished
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: livekit.proto.DataTrackUnpublished, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DataTrackUnpublished to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace DataTrackUnpublished {

            /** Properties of a DataTrackUnpublished. */
            interface $Properties {

                /** DataTrackUnpublished sid */
                sid: string;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DataTrackUnpublished. */
            type $Shape = livekit.proto.DataTrackUnpublished.$Properties;
        }

        /**
         * Properties of a FfiOwnedHandle.
         * @deprecated Use livekit.proto.FfiOwnedHandle.$Properties instead.
         */
        interface IFfiOwnedHandle extends livekit.proto.FfiOwnedHandle.$Properties {
        }

        /** Represents a FfiOwnedHandle. */
        class FfiOwnedHandle {

            /**
             * Constructs a new FfiOwnedHandle.
             * @param [properties] Properties to set
             */
            constructor(properties?: livekit.proto.FfiOwnedHandle.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** FfiOwnedHandle id. */
            id: (number|Long);

            /**
             * Creates a new FfiOwnedHandle instance using the specified properties.
             * @param [properties] Properties to set
             * @returns FfiOwnedHandle instance
             */
            static create(properties: livekit.proto.FfiOwnedHandle.$Shape): livekit.proto.FfiOwnedHandle & livekit.proto.FfiOwnedHandle.$Shape;
            static create(properties?: livekit.proto.FfiOwnedHandle.$Properties): livekit.proto.FfiOwnedHandle;

            /**
             * Encodes the specified FfiOwnedHandle message. Does not implicitly {@link livekit.proto.FfiOwnedHandle.verify|verify} messages.
             * @param message FfiOwnedHandle message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: livekit.proto.FfiOwnedHandle.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a FfiOwnedHandle message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {livekit.proto.FfiOwnedHandle & livekit.proto.FfiOwnedHandle.$Shape} FfiOwnedHandle
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): livekit.proto.FfiOwnedHandle & livekit.proto.FfiOwnedHandle.$Shape;

            /**
             * Verifies a FfiOwnedHandle message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a FfiOwnedHandle message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns FfiOwnedHandle
             */
            static fromObject(object: { [k: string]: any }): livekit.proto.FfiOwnedHandle;

            /**
             * Creates a plain object from a FfiOwnedHandle message. Also converts values to other types if specified.
             * @param message FfiOwnedHandle
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: livekit.proto.FfiOwnedHandle, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this FfiOwnedHandle to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace FfiOwnedHandle {

            /** Properties of a FfiOwnedHandle. */
            interface $Properties {

                /** FfiOwnedHandle id */
                id: (number|Long);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a FfiOwnedHandle. */
            type $Shape = livekit.proto.FfiOwnedHandle.$Properties;
        }

        /** ParticipantState enum. */
        enum ParticipantState {

            /** PARTICIPANT_STATE_JOINING value */
            PARTICIPANT_STATE_JOINING = 0,

            /** PARTICIPANT_STATE_JOINED value */
            PARTICIPANT_STATE_JOINED = 1,

            /** PARTICIPANT_STATE_ACTIVE value */
            PARTICIPANT_STATE_ACTIVE = 2,

            /** PARTICIPANT_STATE_DISCONNECTED value */
            PARTICIPANT_STATE_DISCONNECTED = 3
        }

        /** ParticipantKind enum. */
        enum ParticipantKind {

            /** PARTICIPANT_KIND_STANDARD value */
            PARTICIPANT_KIND_STANDARD = 0,

            /** PARTICIPANT_KIND_INGRESS value */
            PARTICIPANT_KIND_INGRESS = 1,

            /** PARTICIPANT_KIND_EGRESS value */
            PARTICIPANT_KIND_EGRESS = 2,

            /** PARTICIPANT_KIND_SIP value */
            PARTICIPANT_KIND_SIP = 3,

            /** PARTICIPANT_KIND_AGENT value */
            PARTICIPANT_KIND_AGENT = 4,

            /** PARTICIPANT_KIND_CONNECTOR value */
            PARTICIPANT_KIND_CONNECTOR = 5,

            /** PARTICIPANT_KIND_BRIDGE value */
            PARTICIPANT_KIND_BRIDGE = 6
        }

        /** ParticipantKindDetail enum. */
        enum ParticipantKindDetail {

            /** PARTICIPANT_KIND_DETAIL_CLOUD_AGENT value */
            PARTICIPANT_KIND_DETAIL_CLOUD_AGENT = 0,

            /** PARTICIPANT_KIND_DETAIL_FORWARDED value */
            PARTICIPANT_KIND_DETAIL_FORWARDED = 1,

            /** PARTICIPANT_KIND_DETAIL_CONNECTOR_WHATSAPP value */
            PARTICIPANT_KIND_DETAIL_CONNECTOR_WHATSAPP = 2,

            /** PARTICIPANT_KIND_DETAIL_CONNECTOR_TWILIO value */
            PARTICIPANT_KIND_DETAIL_CONNECTOR_TWILIO = 3,

            /** PARTICIPANT_KIND_DETAIL_BRIDGE_RTSP value */
            PARTICIPANT_KIND_DETAIL_BRIDGE_RTSP = 4,

            /** PARTICIPANT_KIND_DETAIL_SIMULATION value */
            PARTICIPANT_KIND_DETAIL_SIMULATION = 5
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

        /**
         * Properties of a ParticipantInfo.
         * @deprecated Use livekit.proto.ParticipantInfo.$Properties instead.
         */
        interface IParticipantInfo extends livekit.proto.ParticipantInfo.$Properties {
        }

        /** Represents a ParticipantInfo. */
        class ParticipantInfo {

            /**
             * Constructs a new ParticipantInfo.
             * @param [properties] Properties to set
             */
            constructor(properties?: livekit.proto.ParticipantInfo.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ParticipantInfo sid. */
            sid: string;

            /** ParticipantInfo name. */
            name: string;

            /** ParticipantInfo identity. */
            identity: string;

            /** ParticipantInfo state. */
            state: livekit.proto.ParticipantState;

            /** ParticipantInfo metadata. */
            metadata: string;

            /** ParticipantInfo attributes. */
            attributes: { [k: string]: string };

            /** ParticipantInfo kind. */
            kind: livekit.proto.ParticipantKind;

            /** ParticipantInfo disconnectReason. */
            disconnectReason: livekit.proto.DisconnectReason;

            /** ParticipantInfo joinedAt. */
            joinedAt: (number|Long);

            /** ParticipantInfo kindDetails. */
            kindDetails: livekit.proto.ParticipantKindDetail[];

            /** ParticipantInfo permission. */
            permission?: (livekit.proto.ParticipantPermission.$Properties|null);

            /** ParticipantInfo clientProtocol. */
            clientProtocol: number;

            /**
             * Creates a new ParticipantInfo instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ParticipantInfo instance
             */
            static create(properties: livekit.proto.ParticipantInfo.$Shape): livekit.proto.ParticipantInfo & livekit.proto.ParticipantInfo.$Shape;
            static create(properties?: livekit.proto.ParticipantInfo.$Properties): livekit.proto.ParticipantInfo;

            /**
             * Encodes the specified ParticipantInfo message. Does not implicitly {@link livekit.proto.ParticipantInfo.verify|verify} messages.
             * @param message ParticipantInfo message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: livekit.proto.ParticipantInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ParticipantInfo message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {livekit.proto.ParticipantInfo & livekit.proto.ParticipantInfo.$Shape} ParticipantInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): livekit.proto.ParticipantInfo & livekit.proto.ParticipantInfo.$Shape;

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
            static fromObject(object: { [k: string]: any }): livekit.proto.ParticipantInfo;

            /**
             * Creates a plain object from a ParticipantInfo message. Also converts values to other types if specified.
             * @param message ParticipantInfo
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: livekit.proto.ParticipantInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ParticipantInfo to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace ParticipantInfo {

            /** Properties of a ParticipantInfo. */
            interface $Properties {

                /** ParticipantInfo sid */
                sid: string;

                /** ParticipantInfo name */
                name: string;

                /** ParticipantInfo identity */
                identity: string;

                /** ParticipantInfo state */
                state: livekit.proto.ParticipantState;

                /** ParticipantInfo metadata */
                metadata: string;

                /** ParticipantInfo attributes */
                attributes?: ({ [k: string]: string }|null);

                /** ParticipantInfo kind */
                kind: livekit.proto.ParticipantKind;

                /** ParticipantInfo disconnectReason */
                disconnectReason: livekit.proto.DisconnectReason;

                /** ParticipantInfo joinedAt */
                joinedAt: (number|Long);

                /** ParticipantInfo kindDetails */
                kindDetails?: (livekit.proto.ParticipantKindDetail[]|null);

                /** ParticipantInfo permission */
                permission?: (livekit.proto.ParticipantPermission.$Properties|null);

                /** ParticipantInfo clientProtocol */
                clientProtocol: number;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ParticipantInfo. */
            type $Shape = livekit.proto.ParticipantInfo.$Properties;
        }

        /**
         * Properties of an OwnedParticipant.
         * @deprecated Use livekit.proto.OwnedParticipant.$Properties instead.
         */
        interface IOwnedParticipant extends livekit.proto.OwnedParticipant.$Properties {
        }

        /** Represents an OwnedParticipant. */
        class OwnedParticipant {

            /**
             * Constructs a new OwnedParticipant.
             * @param [properties] Properties to set
             */
            constructor(properties?: livekit.proto.OwnedParticipant.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** OwnedParticipant handle. */
            handle: livekit.proto.FfiOwnedHandle.$Properties;

            /** OwnedParticipant info. */
            info: livekit.proto.ParticipantInfo.$Properties;

            /**
             * Creates a new OwnedParticipant instance using the specified properties.
             * @param [properties] Properties to set
             * @returns OwnedParticipant instance
             */
            static create(properties: livekit.proto.OwnedParticipant.$Shape): livekit.proto.OwnedParticipant & livekit.proto.OwnedParticipant.$Shape;
            static create(properties?: livekit.proto.OwnedParticipant.$Properties): livekit.proto.OwnedParticipant;

            /**
             * Encodes the specified OwnedParticipant message. Does not implicitly {@link livekit.proto.OwnedParticipant.verify|verify} messages.
             * @param message OwnedParticipant message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: livekit.proto.OwnedParticipant.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an OwnedParticipant message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {livekit.proto.OwnedParticipant & livekit.proto.OwnedParticipant.$Shape} OwnedParticipant
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): livekit.proto.OwnedParticipant & livekit.proto.OwnedParticipant.$Shape;

            /**
             * Verifies an OwnedParticipant message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an OwnedParticipant message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns OwnedParticipant
             */
            static fromObject(object: { [k: string]: any }): livekit.proto.OwnedParticipant;

            /**
             * Creates a plain object from an OwnedParticipant message. Also converts values to other types if specified.
             * @param message OwnedParticipant
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: livekit.proto.OwnedParticipant, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this OwnedParticipant to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace OwnedParticipant {

            /** Properties of an OwnedParticipant. */
            interface $Properties {

                /** OwnedParticipant handle */
                handle: livekit.proto.FfiOwnedHandle.$Properties;

                /** OwnedParticipant info */
                info: livekit.proto.ParticipantInfo.$Properties;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an OwnedParticipant. */
            type $Shape = livekit.proto.OwnedParticipant.$Properties;
        }

        /**
         * Properties of a ParticipantPermission.
         * @deprecated Use livekit.proto.ParticipantPermission.$Properties instead.
         */
        interface IParticipantPermission extends livekit.proto.ParticipantPermission.$Properties {
        }

        /** Represents a ParticipantPermission. */
        class ParticipantPermission {

            /**
             * Constructs a new ParticipantPermission.
             * @param [properties] Properties to set
             */
            constructor(properties?: livekit.proto.ParticipantPermission.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ParticipantPermission canSubscribe. */
            canSubscribe: boolean;

            /** ParticipantPermission canPublish. */
            canPublish: boolean;

            /** ParticipantPermission canPublishData. */
            canPublishData: boolean;

            /** ParticipantPermission canPublishSources. */
            canPublishSources: livekit.proto.TrackSource[];

            /** ParticipantPermission hidden. */
            hidden: boolean;

            /** ParticipantPermission canUpdateMetadata. */
            canUpdateMetadata: boolean;

            /** ParticipantPermission canSubscribeMetrics. */
            canSubscribeMetrics: boolean;

            /** ParticipantPermission canManageAgentSession. */
            canManageAgentSession: boolean;

            /**
             * Creates a new ParticipantPermission instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ParticipantPermission instance
             */
            static create(properties: livekit.proto.ParticipantPermission.$Shape): livekit.proto.ParticipantPermission & livekit.proto.ParticipantPermission.$Shape;
            static create(properties?: livekit.proto.ParticipantPermission.$Properties): livekit.proto.ParticipantPermission;

            /**
             * Encodes the specified ParticipantPermission message. Does not implicitly {@link livekit.proto.ParticipantPermission.verify|verify} messages.
             * @param message ParticipantPermission message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: livekit.proto.ParticipantPermission.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ParticipantPermission message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {livekit.proto.ParticipantPermission & livekit.proto.ParticipantPermission.$Shape} ParticipantPermission
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): livekit.proto.ParticipantPermission & livekit.proto.ParticipantPermission.$Shape;

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
            static fromObject(object: { [k: string]: any }): livekit.proto.ParticipantPermission;

            /**
             * Creates a plain object from a ParticipantPermission message. Also converts values to other types if specified.
             * @param message ParticipantPermission
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: livekit.proto.ParticipantPermission, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ParticipantPermission to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace ParticipantPermission {

            /** Properties of a ParticipantPermission. */
            interface $Properties {

                /** ParticipantPermission canSubscribe */
                canSubscribe: boolean;

                /** ParticipantPermission canPublish */
                canPublish: boolean;

                /** ParticipantPermission canPublishData */
                canPublishData: boolean;

                /** ParticipantPermission canPublishSources */
                canPublishSources?: (livekit.proto.TrackSource[]|null);

                /** ParticipantPermission hidden */
                hidden: boolean;

                /** ParticipantPermission canUpdateMetadata */
                canUpdateMetadata: boolean;

                /** ParticipantPermission canSubscribeMetrics */
                canSubscribeMetrics: boolean;

                /** ParticipantPermission canManageAgentSession */
                canManageAgentSession: boolean;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ParticipantPermission. */
            type $Shape = livekit.proto.ParticipantPermission.$Properties;
        }

        /** TrackSource enum. */
        enum TrackSource {

            /** SOURCE_UNKNOWN value */
            SOURCE_UNKNOWN = 0,

            /** SOURCE_CAMERA value */
            SOURCE_CAMERA = 1,

            /** SOURCE_MICROPHONE value */
            SOURCE_MICROPHONE = 2,

            /** SOURCE_SCREENSHARE value */
            SOURCE_SCREENSHARE = 3,

            /** SOURCE_SCREENSHARE_AUDIO value */
            SOURCE_SCREENSHARE_AUDIO = 4
        }

        /** DataTrackErrorCode enum. */
        enum DataTrackErrorCode {

            /** DATA_TRACK_ERROR_CODE_UNKNOWN value */
            DATA_TRACK_ERROR_CODE_UNKNOWN = 0,

            /** DATA_TRACK_ERROR_CODE_INVALID_HANDLE value */
            DATA_TRACK_ERROR_CODE_INVALID_HANDLE = 1,

            /** DATA_TRACK_ERROR_CODE_DUPLICATE_TRACK_NAME value */
            DATA_TRACK_ERROR_CODE_DUPLICATE_TRACK_NAME = 2,

            /** DATA_TRACK_ERROR_CODE_TRACK_UNPUBLISHED value */
            DATA_TRACK_ERROR_CODE_TRACK_UNPUBLISHED = 3,

            /** DATA_TRACK_ERROR_CODE_BUFFER_FULL value */
            DATA_TRACK_ERROR_CODE_BUFFER_FULL = 4,

            /** DATA_TRACK_ERROR_CODE_SUBSCRIPTION_CLOSED value */
            DATA_TRACK_ERROR_CODE_SUBSCRIPTION_CLOSED = 5,

            /** DATA_TRACK_ERROR_CODE_CANCELLED value */
            DATA_TRACK_ERROR_CODE_CANCELLED = 6,

            /** DATA_TRACK_ERROR_CODE_PROTOCOL_ERROR value */
            DATA_TRACK_ERROR_CODE_PROTOCOL_ERROR = 7,

            /** DATA_TRACK_ERROR_CODE_INTERNAL value */
            DATA_TRACK_ERROR_CODE_INTERNAL = 8
        }

        /** PublishDataTrackErrorCode enum. */
        enum PublishDataTrackErrorCode {

            /** PUBLISH_DATA_TRACK_ERROR_CODE_UNKNOWN value */
            PUBLISH_DATA_TRACK_ERROR_CODE_UNKNOWN = 0,

            /** PUBLISH_DATA_TRACK_ERROR_CODE_INVALID_HANDLE value */
            PUBLISH_DATA_TRACK_ERROR_CODE_INVALID_HANDLE = 1,

            /** PUBLISH_DATA_TRACK_ERROR_CODE_DUPLICATE_NAME value */
            PUBLISH_DATA_TRACK_ERROR_CODE_DUPLICATE_NAME = 2,

            /** PUBLISH_DATA_TRACK_ERROR_CODE_TIMEOUT value */
            PUBLISH_DATA_TRACK_ERROR_CODE_TIMEOUT = 3,

            /** PUBLISH_DATA_TRACK_ERROR_CODE_DISCONNECTED value */
            PUBLISH_DATA_TRACK_ERROR_CODE_DISCONNECTED = 4,

            /** PUBLISH_DATA_TRACK_ERROR_CODE_NOT_ALLOWED value */
            PUBLISH_DATA_TRACK_ERROR_CODE_NOT_ALLOWED = 5,

            /** PUBLISH_DATA_TRACK_ERROR_CODE_INVALID_NAME value */
            PUBLISH_DATA_TRACK_ERROR_CODE_INVALID_NAME = 6,

            /** PUBLISH_DATA_TRACK_ERROR_CODE_LIMIT_REACHED value */
            PUBLISH_DATA_TRACK_ERROR_CODE_LIMIT_REACHED = 7,

            /** PUBLISH_DATA_TRACK_ERROR_CODE_PROTOCOL_ERROR value */
            PUBLISH_DATA_TRACK_ERROR_CODE_PROTOCOL_ERROR = 8,

            /** PUBLISH_DATA_TRACK_ERROR_CODE_INTERNAL value */
            PUBLISH_DATA_TRACK_ERROR_CODE_INTERNAL = 9,

            /** PUBLISH_DATA_TRACK_ERROR_CODE_INVALID_SCHEMA value */
            PUBLISH_DATA_TRACK_ERROR_CODE_INVALID_SCHEMA = 10
        }

        /** LocalDataTrackTryPushErrorCode enum. */
        enum LocalDataTrackTryPushErrorCode {

            /** LOCAL_DATA_TRACK_TRY_PUSH_ERROR_CODE_UNKNOWN value */
            LOCAL_DATA_TRACK_TRY_PUSH_ERROR_CODE_UNKNOWN = 0,

            /** LOCAL_DATA_TRACK_TRY_PUSH_ERROR_CODE_INVALID_HANDLE value */
            LOCAL_DATA_TRACK_TRY_PUSH_ERROR_CODE_INVALID_HANDLE = 1,

            /** LOCAL_DATA_TRACK_TRY_PUSH_ERROR_CODE_TRACK_UNPUBLISHED value */
            LOCAL_DATA_TRACK_TRY_PUSH_ERROR_CODE_TRACK_UNPUBLISHED = 2,

            /** LOCAL_DATA_TRACK_TRY_PUSH_ERROR_CODE_QUEUE_FULL value */
            LOCAL_DATA_TRACK_TRY_PUSH_ERROR_CODE_QUEUE_FULL = 3,

            /** LOCAL_DATA_TRACK_TRY_PUSH_ERROR_CODE_INTERNAL value */
            LOCAL_DATA_TRACK_TRY_PUSH_ERROR_CODE_INTERNAL = 4
        }

        /** SubscribeDataTrackErrorCode enum. */
        enum SubscribeDataTrackErrorCode {

            /** SUBSCRIBE_DATA_TRACK_ERROR_CODE_UNKNOWN value */
            SUBSCRIBE_DATA_TRACK_ERROR_CODE_UNKNOWN = 0,

            /** SUBSCRIBE_DATA_TRACK_ERROR_CODE_INVALID_HANDLE value */
            SUBSCRIBE_DATA_TRACK_ERROR_CODE_INVALID_HANDLE = 1,

            /** SUBSCRIBE_DATA_TRACK_ERROR_CODE_UNPUBLISHED value */
            SUBSCRIBE_DATA_TRACK_ERROR_CODE_UNPUBLISHED = 2,

            /** SUBSCRIBE_DATA_TRACK_ERROR_CODE_TIMEOUT value */
            SUBSCRIBE_DATA_TRACK_ERROR_CODE_TIMEOUT = 3,

            /** SUBSCRIBE_DATA_TRACK_ERROR_CODE_DISCONNECTED value */
            SUBSCRIBE_DATA_TRACK_ERROR_CODE_DISCONNECTED = 4,

            /** SUBSCRIBE_DATA_TRACK_ERROR_CODE_PROTOCOL_ERROR value */
            SUBSCRIBE_DATA_TRACK_ERROR_CODE_PROTOCOL_ERROR = 5,

            /** SUBSCRIBE_DATA_TRACK_ERROR_CODE_INTERNAL value */
            SUBSCRIBE_DATA_TRACK_ERROR_CODE_INTERNAL = 6
        }

        /**
         * Properties of a DataTrackInfo.
         * @deprecated Use livekit.proto.DataTrackInfo.$Properties instead.
         */
        interface IDataTrackInfo extends livekit.proto.DataTrackInfo.$Properties {
        }

        /** Represents a DataTrackInfo. */
        class DataTrackInfo {

            /**
             * Constructs a new DataTrackInfo.
             * @param [properties] Properties to set
             */
            constructor(properties?: livekit.proto.DataTrackInfo.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DataTrackInfo name. */
            name: string;

            /** DataTrackInfo sid. */
            sid: string;

            /** DataTrackInfo usesE2ee. */
            usesE2ee: boolean;

            /** DataTrackInfo schema. */
            schema?: (livekit.proto.DataTrackSchemaId.$Properties|null);

            /** DataTrackInfo frameEncoding. */
            frameEncoding?: (livekit.proto.DataTrackFrameEncoding.$Properties|null);

            /**
             * Creates a new DataTrackInfo instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DataTrackInfo instance
             */
            static create(properties: livekit.proto.DataTrackInfo.$Shape): livekit.proto.DataTrackInfo & livekit.proto.DataTrackInfo.$Shape;
            static create(properties?: livekit.proto.DataTrackInfo.$Properties): livekit.proto.DataTrackInfo;

            /**
             * Encodes the specified DataTrackInfo message. Does not implicitly {@link livekit.proto.DataTrackInfo.verify|verify} messages.
             * @param message DataTrackInfo message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: livekit.proto.DataTrackInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DataTrackInfo message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {livekit.proto.DataTrackInfo & livekit.proto.DataTrackInfo.$Shape} DataTrackInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): livekit.proto.DataTrackInfo & livekit.proto.DataTrackInfo.$Shape;

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
            static fromObject(object: { [k: string]: any }): livekit.proto.DataTrackInfo;

            /**
             * Creates a plain object from a DataTrackInfo message. Also converts values to other types if specified.
             * @param message DataTrackInfo
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: livekit.proto.DataTrackInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DataTrackInfo to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace DataTrackInfo {

            /** Properties of a DataTrackInfo. */
            interface $Properties {

                /** DataTrackInfo name */
                name: string;

                /** DataTrackInfo sid */
                sid: string;

                /** DataTrackInfo usesE2ee */
                usesE2ee: boolean;

                /** DataTrackInfo schema */
                schema?: (livekit.proto.DataTrackSchemaId.$Properties|null);

                /** DataTrackInfo frameEncoding */
                frameEncoding?: (livekit.proto.DataTrackFrameEncoding.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DataTrackInfo. */
            type $Shape = {
              name: string;
              sid: string;
              usesE2ee: boolean;
              schema?: livekit.proto.DataTrackSchemaId.$Shape|null;
              frameEncoding?: livekit.proto.DataTrackFrameEncoding.$Shape|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of a DataTrackFrame.
         * @deprecated Use livekit.proto.DataTrackFrame.$Properties instead.
         */
        interface IDataTrackFrame extends livekit.proto.DataTrackFrame.$Properties {
        }

        /** Represents a DataTrackFrame. */
        class DataTrackFrame {

            /**
             * Constructs a new DataTrackFrame.
             * @param [properties] Properties to set
             */
            constructor(properties?: livekit.proto.DataTrackFrame.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DataTrackFrame payload. */
            payload: Uint8Array;

            /** DataTrackFrame userTimestamp. */
            userTimestamp: (number|Long);

            /**
             * Creates a new DataTrackFrame instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DataTrackFrame instance
             */
            static create(properties: livekit.proto.DataTrackFrame.$Shape): livekit.proto.DataTrackFrame & livekit.proto.DataTrackFrame.$Shape;
            static create(properties?: livekit.proto.DataTrackFrame.$Properties): livekit.proto.DataTrackFrame;

            /**
             * Encodes the specified DataTrackFrame message. Does not implicitly {@link livekit.proto.DataTrackFrame.verify|verify} messages.
             * @param message DataTrackFrame message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: livekit.proto.DataTrackFrame.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DataTrackFrame message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {livekit.proto.DataTrackFrame & livekit.proto.DataTrackFrame.$Shape} DataTrackFrame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): livekit.proto.DataTrackFrame & livekit.proto.DataTrackFrame.$Shape;

            /**
             * Verifies a DataTrackFrame message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a DataTrackFrame message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns DataTrackFrame
             */
            static fromObject(object: { [k: string]: any }): livekit.proto.DataTrackFrame;

            /**
             * Creates a plain object from a DataTrackFrame message. Also converts values to other types if specified.
             * @param message DataTrackFrame
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: livekit.proto.DataTrackFrame, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DataTrackFrame to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace DataTrackFrame {

            /** Properties of a DataTrackFrame. */
            interface $Properties {

                /** DataTrackFrame payload */
                payload: Uint8Array;

                /** DataTrackFrame userTimestamp */
                userTimestamp?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DataTrackFrame. */
            type $Shape = livekit.proto.DataTrackFrame.$Properties;
        }

        /**
         * Properties of a DataTrackError.
         * @deprecated Use livekit.proto.DataTrackError.$Properties instead.
         */
        interface IDataTrackError extends livekit.proto.DataTrackError.$Properties {
        }

        /** Represents a DataTrackError. */
        class DataTrackError {

            /**
             * Constructs a new DataTrackError.
             * @param [properties] Properties to set
             */
            constructor(properties?: livekit.proto.DataTrackError.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DataTrackError code. */
            code: livekit.proto.DataTrackErrorCode;

            /** DataTrackError message. */
            message: string;

            /**
             * Creates a new DataTrackError instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DataTrackError instance
             */
            static create(properties: livekit.proto.DataTrackError.$Shape): livekit.proto.DataTrackError & livekit.proto.DataTrackError.$Shape;
            static create(properties?: livekit.proto.DataTrackError.$Properties): livekit.proto.DataTrackError;

            /**
             * Encodes the specified DataTrackError message. Does not implicitly {@link livekit.proto.DataTrackError.verify|verify} messages.
             * @param message DataTrackError message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: livekit.proto.DataTrackError.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DataTrackError message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {livekit.proto.DataTrackError & livekit.proto.DataTrackError.$Shape} DataTrackError
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): livekit.proto.DataTrackError & livekit.proto.DataTrackError.$Shape;

            /**
             * Verifies a DataTrackError message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a DataTrackError message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns DataTrackError
             */
            static fromObject(object: { [k: string]: any }): livekit.proto.DataTrackError;

            /**
             * Creates a plain object from a DataTrackError message. Also converts values to other types if specified.
             * @param message DataTrackError
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: livekit.proto.DataTrackError, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DataTrackError to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace DataTrackError {

            /** Properties of a DataTrackError. */
            interface $Properties {

                /** DataTrackError code */
                code: livekit.proto.DataTrackErrorCode;

                /** DataTrackError message */
                message: string;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DataTrackError. */
            type $Shape = livekit.proto.DataTrackError.$Properties;
        }

        /**
         * Properties of a PublishDataTrackError.
         * @deprecated Use livekit.proto.PublishDataTrackError.$Properties instead.
         */
        interface IPublishDataTrackError extends livekit.proto.PublishDataTrackError.$Properties {
        }

        /** Represents a PublishDataTrackError. */
        class PublishDataTrackError {

            /**
             * Constructs a new PublishDataTrackError.
             * @param [properties] Properties to set
             */
            constructor(properties?: livekit.proto.PublishDataTrackError.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PublishDataTrackError code. */
            code: livekit.proto.PublishDataTrackErrorCode;

            /** PublishDataTrackError message. */
            message: string;

            /**
             * Creates a new PublishDataTrackError instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PublishDataTrackError instance
             */
            static create(properties: livekit.proto.PublishDataTrackError.$Shape): livekit.proto.PublishDataTrackError & livekit.proto.PublishDataTrackError.$Shape;
            static create(properties?: livekit.proto.PublishDataTrackError.$Properties): livekit.proto.PublishDataTrackError;

            /**
             * Encodes the specified PublishDataTrackError message. Does not implicitly {@link livekit.proto.PublishDataTrackError.verify|verify} messages.
             * @param message PublishDataTrackError message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: livekit.proto.PublishDataTrackError.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PublishDataTrackError message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {livekit.proto.PublishDataTrackError & livekit.proto.PublishDataTrackError.$Shape} PublishDataTrackError
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): livekit.proto.PublishDataTrackError & livekit.proto.PublishDataTrackError.$Shape;

            /**
             * Verifies a PublishDataTrackError message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a PublishDataTrackError message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns PublishDataTrackError
             */
            static fromObject(object: { [k: string]: any }): livekit.proto.PublishDataTrackError;

            /**
             * Creates a plain object from a PublishDataTrackError message. Also converts values to other types if specified.
             * @param message PublishDataTrackError
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: livekit.proto.PublishDataTrackError, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PublishDataTrackError to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace PublishDataTrackError {

            /** Properties of a PublishDataTrackError. */
            interface $Properties {

                /** PublishDataTrackError code */
                code: livekit.proto.PublishDataTrackErrorCode;

                /** PublishDataTrackError message */
                message: string;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PublishDataTrackError. */
            type $Shape = livekit.proto.PublishDataTrackError.$Properties;
        }

        /**
         * Properties of a LocalDataTrackTryPushError.
         * @deprecated Use livekit.proto.LocalDataTrackTryPushError.$Properties instead.
         */
        interface ILocalDataTrackTryPushError extends livekit.proto.LocalDataTrackTryPushError.$Properties {
        }

        /** Represents a LocalDataTrackTryPushError. */
        class LocalDataTrackTryPushError {

            /**
             * Constructs a new LocalDataTrackTryPushError.
             * @param [properties] Properties to set
             */
            constructor(properties?: livekit.proto.LocalDataTrackTryPushError.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** LocalDataTrackTryPushError code. */
            code: livekit.proto.LocalDataTrackTryPushErrorCode;

            /** LocalDataTrackTryPushError message. */
            message: string;

            /**
             * Creates a new LocalDataTrackTryPushError instance using the specified properties.
             * @param [properties] Properties to set
             * @returns LocalDataTrackTryPushError instance
             */
            static create(properties: livekit.proto.LocalDataTrackTryPushError.$Shape): livekit.proto.LocalDataTrackTryPushError & livekit.proto.LocalDataTrackTryPushError.$Shape;
            static create(properties?: livekit.proto.LocalDataTrackTryPushError.$Properties): livekit.proto.LocalDataTrackTryPushError;

            /**
             * Encodes the specified LocalDataTrackTryPushError message. Does not implicitly {@link livekit.proto.LocalDataTrackTryPushError.verify|verify} messages.
             * @param message LocalDataTrackTryPushError message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: livekit.proto.LocalDataTrackTryPushError.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LocalDataTrackTryPushError message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {livekit.proto.LocalDataTrackTryPushError & livekit.proto.LocalDataTrackTryPushError.$Shape} LocalDataTrackTryPushError
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): livekit.proto.LocalDataTrackTryPushError & livekit.proto.LocalDataTrackTryPushError.$Shape;

            /**
             * Verifies a LocalDataTrackTryPushError message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a LocalDataTrackTryPushError message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns LocalDataTrackTryPushError
             */
            static fromObject(object: { [k: string]: any }): livekit.proto.LocalDataTrackTryPushError;

            /**
             * Creates a plain object from a LocalDataTrackTryPushError message. Also converts values to other types if specified.
             * @param message LocalDataTrackTryPushError
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: livekit.proto.LocalDataTrackTryPushError, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this LocalDataTrackTryPushError to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace LocalDataTrackTryPushError {

            /** Properties of a LocalDataTrackTryPushError. */
            interface $Properties {

                /** LocalDataTrackTryPushError code */
                code: livekit.proto.LocalDataTrackTryPushErrorCode;

                /** LocalDataTrackTryPushError message */
                message: string;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a LocalDataTrackTryPushError. */
            type $Shape = livekit.proto.LocalDataTrackTryPushError.$Properties;
        }

        /**
         * Properties of a SubscribeDataTrackError.
         * @deprecated Use livekit.proto.SubscribeDataTrackError.$Properties instead.
         */
        interface ISubscribeDataTrackError extends livekit.proto.SubscribeDataTrackError.$Properties {
        }

        /** Represents a SubscribeDataTrackError. */
        class SubscribeDataTrackError {

            /**
             * Constructs a new SubscribeDataTrackError.
             * @param [properties] Properties to set
             */
            constructor(properties?: livekit.proto.SubscribeDataTrackError.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SubscribeDataTrackError code. */
            code: livekit.proto.SubscribeDataTrackErrorCode;

            /** SubscribeDataTrackError message. */
            message: string;

            /**
             * Creates a new SubscribeDataTrackError instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SubscribeDataTrackError instance
             */
            static create(properties: livekit.proto.SubscribeDataTrackError.$Shape): livekit.proto.SubscribeDataTrackError & livekit.proto.SubscribeDataTrackError.$Shape;
            static create(properties?: livekit.proto.SubscribeDataTrackError.$Properties): livekit.proto.SubscribeDataTrackError;

            /**
             * Encodes the specified SubscribeDataTrackError message. Does not implicitly {@link livekit.proto.SubscribeDataTrackError.verify|verify} messages.
             * @param message SubscribeDataTrackError message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: livekit.proto.SubscribeDataTrackError.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SubscribeDataTrackError message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {livekit.proto.SubscribeDataTrackError & livekit.proto.SubscribeDataTrackError.$Shape} SubscribeDataTrackError
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): livekit.proto.SubscribeDataTrackError & livekit.proto.SubscribeDataTrackError.$Shape;

            /**
             * Verifies a SubscribeDataTrackError message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SubscribeDataTrackError message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SubscribeDataTrackError
             */
            static fromObject(object: { [k: string]: any }): livekit.proto.SubscribeDataTrackError;

            /**
             * Creates a plain object from a SubscribeDataTrackError message. Also converts values to other types if specified.
             * @param message SubscribeDataTrackError
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: livekit.proto.SubscribeDataTrackError, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SubscribeDataTrackError to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace SubscribeDataTrackError {

            /** Properties of a SubscribeDataTrackError. */
            interface $Properties {

                /** SubscribeDataTrackError code */
                code: livekit.proto.SubscribeDataTrackErrorCode;

                /** SubscribeDataTrackError message */
                message: string;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SubscribeDataTrackError. */
            type $Shape = livekit.proto.SubscribeDataTrackError.$Properties;
        }

        /**
         * Properties of a DataTrackOptions.
         * @deprecated Use livekit.proto.DataTrackOptions.$Properties instead.
         */
        interface IDataTrackOptions extends livekit.proto.DataTrackOptions.$Properties {
        }

        /** Represents a DataTrackOptions. */
        class DataTrackOptions {

            /**
             * Constructs a new DataTrackOptions.
             * @param [properties] Properties to set
             */
            constructor(properties?: livekit.proto.DataTrackOptions.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DataTrackOptions name. */
            name: string;

            /** DataTrackOptions schema. */
            schema?: (livekit.proto.DataTrackSchemaId.$Properties|null);

            /** DataTrackOptions frameEncoding. */
            frameEncoding?: (livekit.proto.DataTrackFrameEncoding.$Properties|null);

            /**
             * Creates a new DataTrackOptions instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DataTrackOptions instance
             */
            static create(properties: livekit.proto.DataTrackOptions.$Shape): livekit.proto.DataTrackOptions & livekit.proto.DataTrackOptions.$Shape;
            static create(properties?: livekit.proto.DataTrackOptions.$Properties): livekit.proto.DataTrackOptions;

            /**
             * Encodes the specified DataTrackOptions message. Does not implicitly {@link livekit.proto.DataTrackOptions.verify|verify} messages.
             * @param message DataTrackOptions message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: livekit.proto.DataTrackOptions.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DataTrackOptions message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {livekit.proto.DataTrackOptions & livekit.proto.DataTrackOptions.$Shape} DataTrackOptions
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): livekit.proto.DataTrackOptions & livekit.proto.DataTrackOptions.$Shape;

            /**
             * Verifies a DataTrackOptions message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a DataTrackOptions message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns DataTrackOptions
             */
            static fromObject(object: { [k: string]: any }): livekit.proto.DataTrackOptions;

            /**
             * Creates a plain object from a DataTrackOptions message. Also converts values to other types if specified.
             * @param message DataTrackOptions
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: livekit.proto.DataTrackOptions, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DataTrackOptions to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace DataTrackOptions {

            /** Properties of a DataTrackOptions. */
            interface $Properties {

                /** DataTrackOptions name */
                name: string;

                /** DataTrackOptions schema */
                schema?: (livekit.proto.DataTrackSchemaId.$Properties|null);

                /** DataTrackOptions frameEncoding */
                frameEncoding?: (livekit.proto.DataTrackFrameEncoding.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DataTrackOptions. */
            type $Shape = {
              name: string;
              schema?: livekit.proto.DataTrackSchemaId.$Shape|null;
              frameEncoding?: livekit.proto.DataTrackFrameEncoding.$Shape|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of a PublishDataTrackRequest.
         * @deprecated Use livekit.proto.PublishDataTrackRequest.$Properties instead.
         */
        interface IPublishDataTrackRequest extends livekit.proto.PublishDataTrackRequest.$Properties {
        }

        /** Represents a PublishDataTrackRequest. */
        class PublishDataTrackRequest {

            /**
             * Constructs a new PublishDataTrackRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: livekit.proto.PublishDataTrackRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PublishDataTrackRequest localParticipantHandle. */
            localParticipantHandle: (number|Long);

            /** PublishDataTrackRequest options. */
            options: livekit.proto.DataTrackOptions.$Properties;

            /** PublishDataTrackRequest requestAsyncId. */
            requestAsyncId: (number|Long);

            /**
             * Creates a new PublishDataTrackRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PublishDataTrackRequest instance
             */
            static create(properties: livekit.proto.PublishDataTrackRequest.$Shape): livekit.proto.PublishDataTrackRequest & livekit.proto.PublishDataTrackRequest.$Shape;
            static create(properties?: livekit.proto.PublishDataTrackRequest.$Properties): livekit.proto.PublishDataTrackRequest;

            /**
             * Encodes the specified PublishDataTrackRequest message. Does not implicitly {@link livekit.proto.PublishDataTrackRequest.verify|verify} messages.
             * @param message PublishDataTrackRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: livekit.proto.PublishDataTrackRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PublishDataTrackRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {livekit.proto.PublishDataTrackRequest & livekit.proto.PublishDataTrackRequest.$Shape} PublishDataTrackRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): livekit.proto.PublishDataTrackRequest & livekit.proto.PublishDataTrackRequest.$Shape;

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
            static fromObject(object: { [k: string]: any }): livekit.proto.PublishDataTrackRequest;

            /**
             * Creates a plain object from a PublishDataTrackRequest message. Also converts values to other types if specified.
             * @param message PublishDataTrackRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: livekit.proto.PublishDataTrackRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PublishDataTrackRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace PublishDataTrackRequest {

            /** Properties of a PublishDataTrackRequest. */
            interface $Properties {

                /** PublishDataTrackRequest localParticipantHandle */
                localParticipantHandle: (number|Long);

                /** PublishDataTrackRequest options */
                options: livekit.proto.DataTrackOptions.$Properties;

                /** PublishDataTrackRequest requestAsyncId */
                requestAsyncId?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PublishDataTrackRequest. */
            type $Shape = {
              localParticipantHandle: number|Long;
              options: livekit.proto.DataTrackOptions.$Shape;
              requestAsyncId?: number|Long|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of a PublishDataTrackResponse.
         * @deprecated Use livekit.proto.PublishDataTrackResponse.$Properties instead.
         */
        interface IPublishDataTrackResponse extends livekit.proto.PublishDataTrackResponse.$Properties {
        }

        /** Represents a PublishDataTrackResponse. */
        class PublishDataTrackResponse {

            /**
             * Constructs a new PublishDataTrackResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: livekit.proto.PublishDataTrackResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PublishDataTrackResponse asyncId. */
            asyncId: (number|Long);

            /**
             * Creates a new PublishDataTrackResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PublishDataTrackResponse instance
             */
            static create(properties: livekit.proto.PublishDataTrackResponse.$Shape): livekit.proto.PublishDataTrackResponse & livekit.proto.PublishDataTrackResponse.$Shape;
            static create(properties?: livekit.proto.PublishDataTrackResponse.$Properties): livekit.proto.PublishDataTrackResponse;

            /**
             * Encodes the specified PublishDataTrackResponse message. Does not implicitly {@link livekit.proto.PublishDataTrackResponse.verify|verify} messages.
             * @param message PublishDataTrackResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: livekit.proto.PublishDataTrackResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PublishDataTrackResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {livekit.proto.PublishDataTrackResponse & livekit.proto.PublishDataTrackResponse.$Shape} PublishDataTrackResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): livekit.proto.PublishDataTrackResponse & livekit.proto.PublishDataTrackResponse.$Shape;

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
            static fromObject(object: { [k: string]: any }): livekit.proto.PublishDataTrackResponse;

            /**
             * Creates a plain object from a PublishDataTrackResponse message. Also converts values to other types if specified.
             * @param message PublishDataTrackResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: livekit.proto.PublishDataTrackResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PublishDataTrackResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace PublishDataTrackResponse {

            /** Properties of a PublishDataTrackResponse. */
            interface $Properties {

                /** PublishDataTrackResponse asyncId */
                asyncId: (number|Long);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PublishDataTrackResponse. */
            type $Shape = livekit.proto.PublishDataTrackResponse.$Properties;
        }

        /**
         * Properties of a PublishDataTrackCallback.
         * @deprecated Use livekit.proto.PublishDataTrackCallback.$Properties instead.
         */
        interface IPublishDataTrackCallback extends livekit.proto.PublishDataTrackCallback.$Properties {
        }

        /** Represents a PublishDataTrackCallback. */
        class PublishDataTrackCallback {

            /**
             * Constructs a new PublishDataTrackCallback.
             * @param [properties] Properties to set
             */
            constructor(properties?: livekit.proto.PublishDataTrackCallback.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PublishDataTrackCallback asyncId. */
            asyncId: (number|Long);

            /** PublishDataTrackCallback track. */
            track?: (livekit.proto.OwnedLocalDataTrack.$Properties|null);

            /** PublishDataTrackCallback error. */
            error?: (livekit.proto.PublishDataTrackError.$Properties|null);

            /** PublishDataTrackCallback result. */
            result?: ("track"|"error");

            /**
             * Creates a new PublishDataTrackCallback instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PublishDataTrackCallback instance
             */
            static create(properties: livekit.proto.PublishDataTrackCallback.$Shape): livekit.proto.PublishDataTrackCallback & livekit.proto.PublishDataTrackCallback.$Shape;
            static create(properties?: livekit.proto.PublishDataTrackCallback.$Properties): livekit.proto.PublishDataTrackCallback;

            /**
             * Encodes the specified PublishDataTrackCallback message. Does not implicitly {@link livekit.proto.PublishDataTrackCallback.verify|verify} messages.
             * @param message PublishDataTrackCallback message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: livekit.proto.PublishDataTrackCallback.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PublishDataTrackCallback message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {livekit.proto.PublishDataTrackCallback & livekit.proto.PublishDataTrackCallback.$Shape} PublishDataTrackCallback
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): livekit.proto.PublishDataTrackCallback & livekit.proto.PublishDataTrackCallback.$Shape;

            /**
             * Verifies a PublishDataTrackCallback message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a PublishDataTrackCallback message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns PublishDataTrackCallback
             */
            static fromObject(object: { [k: string]: any }): livekit.proto.PublishDataTrackCallback;

            /**
             * Creates a plain object from a PublishDataTrackCallback message. Also converts values to other types if specified.
             * @param message PublishDataTrackCallback
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: livekit.proto.PublishDataTrackCallback, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PublishDataTrackCallback to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace PublishDataTrackCallback {

            /** Properties of a PublishDataTrackCallback. */
            interface $Properties {

                /** PublishDataTrackCallback asyncId */
                asyncId: (number|Long);

                /** PublishDataTrackCallback track */
                track?: (livekit.proto.OwnedLocalDataTrack.$Properties|null);

                /** PublishDataTrackCallback error */
                error?: (livekit.proto.PublishDataTrackError.$Properties|null);

                /** PublishDataTrackCallback result */
                result?: ("track"|"error");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a PublishDataTrackCallback. */
            type $Shape = {
              asyncId: number|Long;
              track?: livekit.proto.OwnedLocalDataTrack.$Shape|null;
              error?: livekit.proto.PublishDataTrackError.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ result?: undefined; track?: null; error?: null }|{ result?: "track"; track: livekit.proto.OwnedLocalDataTrack.$Shape; error?: null }|{ result?: "error"; track?: null; error: livekit.proto.PublishDataTrackError.$Shape })
            );
        }

        /**
         * Properties of an OwnedLocalDataTrack.
         * @deprecated Use livekit.proto.OwnedLocalDataTrack.$Properties instead.
         */
        interface IOwnedLocalDataTrack extends livekit.proto.OwnedLocalDataTrack.$Properties {
        }

        /** Represents an OwnedLocalDataTrack. */
        class OwnedLocalDataTrack {

            /**
             * Constructs a new OwnedLocalDataTrack.
             * @param [properties] Properties to set
             */
            constructor(properties?: livekit.proto.OwnedLocalDataTrack.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** OwnedLocalDataTrack handle. */
            handle: livekit.proto.FfiOwnedHandle.$Properties;

            /** OwnedLocalDataTrack info. */
            info: livekit.proto.DataTrackInfo.$Properties;

            /**
             * Creates a new OwnedLocalDataTrack instance using the specified properties.
             * @param [properties] Properties to set
             * @returns OwnedLocalDataTrack instance
             */
            static create(properties: livekit.proto.OwnedLocalDataTrack.$Shape): livekit.proto.OwnedLocalDataTrack & livekit.proto.OwnedLocalDataTrack.$Shape;
            static create(properties?: livekit.proto.OwnedLocalDataTrack.$Properties): livekit.proto.OwnedLocalDataTrack;

            /**
             * Encodes the specified OwnedLocalDataTrack message. Does not implicitly {@link livekit.proto.OwnedLocalDataTrack.verify|verify} messages.
             * @param message OwnedLocalDataTrack message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: livekit.proto.OwnedLocalDataTrack.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an OwnedLocalDataTrack message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {livekit.proto.OwnedLocalDataTrack & livekit.proto.OwnedLocalDataTrack.$Shape} OwnedLocalDataTrack
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): livekit.proto.OwnedLocalDataTrack & livekit.proto.OwnedLocalDataTrack.$Shape;

            /**
             * Verifies an OwnedLocalDataTrack message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an OwnedLocalDataTrack message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns OwnedLocalDataTrack
             */
            static fromObject(object: { [k: string]: any }): livekit.proto.OwnedLocalDataTrack;

            /**
             * Creates a plain object from an OwnedLocalDataTrack message. Also converts values to other types if specified.
             * @param message OwnedLocalDataTrack
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: livekit.proto.OwnedLocalDataTrack, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this OwnedLocalDataTrack to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace OwnedLocalDataTrack {

            /** Properties of an OwnedLocalDataTrack. */
            interface $Properties {

                /** OwnedLocalDataTrack handle */
                handle: livekit.proto.FfiOwnedHandle.$Properties;

                /** OwnedLocalDataTrack info */
                info: livekit.proto.DataTrackInfo.$Properties;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an OwnedLocalDataTrack. */
            type $Shape = {
              handle: livekit.proto.FfiOwnedHandle.$Shape;
              info: livekit.proto.DataTrackInfo.$Shape;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of a LocalDataTrackTryPushRequest.
         * @deprecated Use livekit.proto.LocalDataTrackTryPushRequest.$Properties instead.
         */
        interface ILocalDataTrackTryPushRequest extends livekit.proto.LocalDataTrackTryPushRequest.$Properties {
        }

        /** Represents a LocalDataTrackTryPushRequest. */
        class LocalDataTrackTryPushRequest {

            /**
             * Constructs a new LocalDataTrackTryPushRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: livekit.proto.LocalDataTrackTryPushRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** LocalDataTrackTryPushRequest trackHandle. */
            trackHandle: (number|Long);

            /** LocalDataTrackTryPushRequest frame. */
            frame: livekit.proto.DataTrackFrame.$Properties;

            /**
             * Creates a new LocalDataTrackTryPushRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns LocalDataTrackTryPushRequest instance
             */
            static create(properties: livekit.proto.LocalDataTrackTryPushRequest.$Shape): livekit.proto.LocalDataTrackTryPushRequest & livekit.proto.LocalDataTrackTryPushRequest.$Shape;
            static create(properties?: livekit.proto.LocalDataTrackTryPushRequest.$Properties): livekit.proto.LocalDataTrackTryPushRequest;

            /**
             * Encodes the specified LocalDataTrackTryPushRequest message. Does not implicitly {@link livekit.proto.LocalDataTrackTryPushRequest.verify|verify} messages.
             * @param message LocalDataTrackTryPushRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: livekit.proto.LocalDataTrackTryPushRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LocalDataTrackTryPushRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {livekit.proto.LocalDataTrackTryPushRequest & livekit.proto.LocalDataTrackTryPushRequest.$Shape} LocalDataTrackTryPushRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): livekit.proto.LocalDataTrackTryPushRequest & livekit.proto.LocalDataTrackTryPushRequest.$Shape;

            /**
             * Verifies a LocalDataTrackTryPushRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a LocalDataTrackTryPushRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns LocalDataTrackTryPushRequest
             */
            static fromObject(object: { [k: string]: any }): livekit.proto.LocalDataTrackTryPushRequest;

            /**
             * Creates a plain object from a LocalDataTrackTryPushRequest message. Also converts values to other types if specified.
             * @param message LocalDataTrackTryPushRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: livekit.proto.LocalDataTrackTryPushRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this LocalDataTrackTryPushRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace LocalDataTrackTryPushRequest {

            /** Properties of a LocalDataTrackTryPushRequest. */
            interface $Properties {

                /** LocalDataTrackTryPushRequest trackHandle */
                trackHandle: (number|Long);

                /** LocalDataTrackTryPushRequest frame */
                frame: livekit.proto.DataTrackFrame.$Properties;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a LocalDataTrackTryPushRequest. */
            type $Shape = livekit.proto.LocalDataTrackTryPushRequest.$Properties;
        }

        /**
         * Properties of a LocalDataTrackTryPushResponse.
         * @deprecated Use livekit.proto.LocalDataTrackTryPushResponse.$Properties instead.
         */
        interface ILocalDataTrackTryPushResponse extends livekit.proto.LocalDataTrackTryPushResponse.$Properties {
        }

        /** Represents a LocalDataTrackTryPushResponse. */
        class LocalDataTrackTryPushResponse {

            /**
             * Constructs a new LocalDataTrackTryPushResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: livekit.proto.LocalDataTrackTryPushResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** LocalDataTrackTryPushResponse error. */
            error?: (livekit.proto.LocalDataTrackTryPushError.$Properties|null);

            /**
             * Creates a new LocalDataTrackTryPushResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns LocalDataTrackTryPushResponse instance
             */
            static create(properties: livekit.proto.LocalDataTrackTryPushResponse.$Shape): livekit.proto.LocalDataTrackTryPushResponse & livekit.proto.LocalDataTrackTryPushResponse.$Shape;
            static create(properties?: livekit.proto.LocalDataTrackTryPushResponse.$Properties): livekit.proto.LocalDataTrackTryPushResponse;

            /**
             * Encodes the specified LocalDataTrackTryPushResponse message. Does not implicitly {@link livekit.proto.LocalDataTrackTryPushResponse.verify|verify} messages.
             * @param message LocalDataTrackTryPushResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: livekit.proto.LocalDataTrackTryPushResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LocalDataTrackTryPushResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {livekit.proto.LocalDataTrackTryPushResponse & livekit.proto.LocalDataTrackTryPushResponse.$Shape} LocalDataTrackTryPushResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): livekit.proto.LocalDataTrackTryPushResponse & livekit.proto.LocalDataTrackTryPushResponse.$Shape;

            /**
             * Verifies a LocalDataTrackTryPushResponse message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a LocalDataTrackTryPushResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns LocalDataTrackTryPushResponse
             */
            static fromObject(object: { [k: string]: any }): livekit.proto.LocalDataTrackTryPushResponse;

            /**
             * Creates a plain object from a LocalDataTrackTryPushResponse message. Also converts values to other types if specified.
             * @param message LocalDataTrackTryPushResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: livekit.proto.LocalDataTrackTryPushResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this LocalDataTrackTryPushResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace LocalDataTrackTryPushResponse {

            /** Properties of a LocalDataTrackTryPushResponse. */
            interface $Properties {

                /** LocalDataTrackTryPushResponse error */
                error?: (livekit.proto.LocalDataTrackTryPushError.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a LocalDataTrackTryPushResponse. */
            type $Shape = livekit.proto.LocalDataTrackTryPushResponse.$Properties;
        }

        /**
         * Properties of a LocalDataTrackIsPublishedRequest.
         * @deprecated Use livekit.proto.LocalDataTrackIsPublishedRequest.$Properties instead.
         */
        interface ILocalDataTrackIsPublishedRequest extends livekit.proto.LocalDataTrackIsPublishedRequest.$Properties {
        }

        /** Represents a LocalDataTrackIsPublishedRequest. */
        class LocalDataTrackIsPublishedRequest {

            /**
             * Constructs a new LocalDataTrackIsPublishedRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: livekit.proto.LocalDataTrackIsPublishedRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** LocalDataTrackIsPublishedRequest trackHandle. */
            trackHandle: (number|Long);

            /**
             * Creates a new LocalDataTrackIsPublishedRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns LocalDataTrackIsPublishedRequest instance
             */
            static create(properties: livekit.proto.LocalDataTrackIsPublishedRequest.$Shape): livekit.proto.LocalDataTrackIsPublishedRequest & livekit.proto.LocalDataTrackIsPublishedRequest.$Shape;
            static create(properties?: livekit.proto.LocalDataTrackIsPublishedRequest.$Properties): livekit.proto.LocalDataTrackIsPublishedRequest;

            /**
             * Encodes the specified LocalDataTrackIsPublishedRequest message. Does not implicitly {@link livekit.proto.LocalDataTrackIsPublishedRequest.verify|verify} messages.
             * @param message LocalDataTrackIsPublishedRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: livekit.proto.LocalDataTrackIsPublishedRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LocalDataTrackIsPublishedRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {livekit.proto.LocalDataTrackIsPublishedRequest & livekit.proto.LocalDataTrackIsPublishedRequest.$Shape} LocalDataTrackIsPublishedRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): livekit.proto.LocalDataTrackIsPublishedRequest & livekit.proto.LocalDataTrackIsPublishedRequest.$Shape;

            /**
             * Verifies a LocalDataTrackIsPublishedRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a LocalDataTrackIsPublishedRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns LocalDataTrackIsPublishedRequest
             */
            static fromObject(object: { [k: string]: any }): livekit.proto.LocalDataTrackIsPublishedRequest;

            /**
             * Creates a plain object from a LocalDataTrackIsPublishedRequest message. Also converts values to other types if specified.
             * @param message LocalDataTrackIsPublishedRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: livekit.proto.LocalDataTrackIsPublishedRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this LocalDataTrackIsPublishedRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace LocalDataTrackIsPublishedRequest {

            /** Properties of a LocalDataTrackIsPublishedRequest. */
            interface $Properties {

                /** LocalDataTrackIsPublishedRequest trackHandle */
                trackHandle: (number|Long);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a LocalDataTrackIsPublishedRequest. */
            type $Shape = livekit.proto.LocalDataTrackIsPublishedRequest.$Properties;
        }

        /**
         * Properties of a LocalDataTrackIsPublishedResponse.
         * @deprecated Use livekit.proto.LocalDataTrackIsPublishedResponse.$Properties instead.
         */
        interface ILocalDataTrackIsPublishedResponse extends livekit.proto.LocalDataTrackIsPublishedResponse.$Properties {
        }

        /** Represents a LocalDataTrackIsPublishedResponse. */
        class LocalDataTrackIsPublishedResponse {

            /**
             * Constructs a new LocalDataTrackIsPublishedResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: livekit.proto.LocalDataTrackIsPublishedResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** LocalDataTrackIsPublishedResponse isPublished. */
            isPublished: boolean;

            /**
             * Creates a new LocalDataTrackIsPublishedResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns LocalDataTrackIsPublishedResponse instance
             */
            static create(properties: livekit.proto.LocalDataTrackIsPublishedResponse.$Shape): livekit.proto.LocalDataTrackIsPublishedResponse & livekit.proto.LocalDataTrackIsPublishedResponse.$Shape;
            static create(properties?: livekit.proto.LocalDataTrackIsPublishedResponse.$Properties): livekit.proto.LocalDataTrackIsPublishedResponse;

            /**
             * Encodes the specified LocalDataTrackIsPublishedResponse message. Does not implicitly {@link livekit.proto.LocalDataTrackIsPublishedResponse.verify|verify} messages.
             * @param message LocalDataTrackIsPublishedResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: livekit.proto.LocalDataTrackIsPublishedResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LocalDataTrackIsPublishedResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {livekit.proto.LocalDataTrackIsPublishedResponse & livekit.proto.LocalDataTrackIsPublishedResponse.$Shape} LocalDataTrackIsPublishedResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): livekit.proto.LocalDataTrackIsPublishedResponse & livekit.proto.LocalDataTrackIsPublishedResponse.$Shape;

            /**
             * Verifies a LocalDataTrackIsPublishedResponse message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a LocalDataTrackIsPublishedResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns LocalDataTrackIsPublishedResponse
             */
            static fromObject(object: { [k: string]: any }): livekit.proto.LocalDataTrackIsPublishedResponse;

            /**
             * Creates a plain object from a LocalDataTrackIsPublishedResponse message. Also converts values to other types if specified.
             * @param message LocalDataTrackIsPublishedResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: livekit.proto.LocalDataTrackIsPublishedResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this LocalDataTrackIsPublishedResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace LocalDataTrackIsPublishedResponse {

            /** Properties of a LocalDataTrackIsPublishedResponse. */
            interface $Properties {

                /** LocalDataTrackIsPublishedResponse isPublished */
                isPublished: boolean;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a LocalDataTrackIsPublishedResponse. */
            type $Shape = livekit.proto.LocalDataTrackIsPublishedResponse.$Properties;
        }

        /**
         * Properties of a LocalDataTrackUnpublishRequest.
         * @deprecated Use livekit.proto.LocalDataTrackUnpublishRequest.$Properties instead.
         */
        interface ILocalDataTrackUnpublishRequest extends livekit.proto.LocalDataTrackUnpublishRequest.$Properties {
        }

        /** Represents a LocalDataTrackUnpublishRequest. */
        class LocalDataTrackUnpublishRequest {

            /**
             * Constructs a new LocalDataTrackUnpublishRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: livekit.proto.LocalDataTrackUnpublishRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** LocalDataTrackUnpublishRequest trackHandle. */
            trackHandle: (number|Long);

            /**
             * Creates a new LocalDataTrackUnpublishRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns LocalDataTrackUnpublishRequest instance
             */
            static create(properties: livekit.proto.LocalDataTrackUnpublishRequest.$Shape): livekit.proto.LocalDataTrackUnpublishRequest & livekit.proto.LocalDataTrackUnpublishRequest.$Shape;
            static create(properties?: livekit.proto.LocalDataTrackUnpublishRequest.$Properties): livekit.proto.LocalDataTrackUnpublishRequest;

            /**
             * Encodes the specified LocalDataTrackUnpublishRequest message. Does not implicitly {@link livekit.proto.LocalDataTrackUnpublishRequest.verify|verify} messages.
             * @param message LocalDataTrackUnpublishRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: livekit.proto.LocalDataTrackUnpublishRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LocalDataTrackUnpublishRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {livekit.proto.LocalDataTrackUnpublishRequest & livekit.proto.LocalDataTrackUnpublishRequest.$Shape} LocalDataTrackUnpublishRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): livekit.proto.LocalDataTrackUnpublishRequest & livekit.proto.LocalDataTrackUnpublishRequest.$Shape;

            /**
             * Verifies a LocalDataTrackUnpublishRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a LocalDataTrackUnpublishRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns LocalDataTrackUnpublishRequest
             */
            static fromObject(object: { [k: string]: any }): livekit.proto.LocalDataTrackUnpublishRequest;

            /**
             * Creates a plain object from a LocalDataTrackUnpublishRequest message. Also converts values to other types if specified.
             * @param message LocalDataTrackUnpublishRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: livekit.proto.LocalDataTrackUnpublishRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this LocalDataTrackUnpublishRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace LocalDataTrackUnpublishRequest {

            /** Properties of a LocalDataTrackUnpublishRequest. */
            interface $Properties {

                /** LocalDataTrackUnpublishRequest trackHandle */
                trackHandle: (number|Long);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a LocalDataTrackUnpublishRequest. */
            type $Shape = livekit.proto.LocalDataTrackUnpublishRequest.$Properties;
        }

        /**
         * Properties of a LocalDataTrackUnpublishResponse.
         * @deprecated Use livekit.proto.LocalDataTrackUnpublishResponse.$Properties instead.
         */
        interface ILocalDataTrackUnpublishResponse extends livekit.proto.LocalDataTrackUnpublishResponse.$Properties {
        }

        /** Represents a LocalDataTrackUnpublishResponse. */
        class LocalDataTrackUnpublishResponse {

            /**
             * Constructs a new LocalDataTrackUnpublishResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: livekit.proto.LocalDataTrackUnpublishResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new LocalDataTrackUnpublishResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns LocalDataTrackUnpublishResponse instance
             */
            static create(properties: livekit.proto.LocalDataTrackUnpublishResponse.$Shape): livekit.proto.LocalDataTrackUnpublishResponse & livekit.proto.LocalDataTrackUnpublishResponse.$Shape;
            static create(properties?: livekit.proto.LocalDataTrackUnpublishResponse.$Properties): livekit.proto.LocalDataTrackUnpublishResponse;

            /**
             * Encodes the specified LocalDataTrackUnpublishResponse message. Does not implicitly {@link livekit.proto.LocalDataTrackUnpublishResponse.verify|verify} messages.
             * @param message LocalDataTrackUnpublishResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: livekit.proto.LocalDataTrackUnpublishResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LocalDataTrackUnpublishResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {livekit.proto.LocalDataTrackUnpublishResponse & livekit.proto.LocalDataTrackUnpublishResponse.$Shape} LocalDataTrackUnpublishResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): livekit.proto.LocalDataTrackUnpublishResponse & livekit.proto.LocalDataTrackUnpublishResponse.$Shape;

            /**
             * Verifies a LocalDataTrackUnpublishResponse message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a LocalDataTrackUnpublishResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns LocalDataTrackUnpublishResponse
             */
            static fromObject(object: { [k: string]: any }): livekit.proto.LocalDataTrackUnpublishResponse;

            /**
             * Creates a plain object from a LocalDataTrackUnpublishResponse message. Also converts values to other types if specified.
             * @param message LocalDataTrackUnpublishResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: livekit.proto.LocalDataTrackUnpublishResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this LocalDataTrackUnpublishResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace LocalDataTrackUnpublishResponse {

            /** Properties of a LocalDataTrackUnpublishResponse. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a LocalDataTrackUnpublishResponse. */
            type $Shape = livekit.proto.LocalDataTrackUnpublishResponse.$Properties;
        }

        /**
         * Properties of an OwnedRemoteDataTrack.
         * @deprecated Use livekit.proto.OwnedRemoteDataTrack.$Properties instead.
         */
        interface IOwnedRemoteDataTrack extends livekit.proto.OwnedRemoteDataTrack.$Properties {
        }

        /** Represents an OwnedRemoteDataTrack. */
        class OwnedRemoteDataTrack {

            /**
             * Constructs a new OwnedRemoteDataTrack.
             * @param [properties] Properties to set
             */
            constructor(properties?: livekit.proto.OwnedRemoteDataTrack.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** OwnedRemoteDataTrack handle. */
            handle: livekit.proto.FfiOwnedHandle.$Properties;

            /** OwnedRemoteDataTrack info. */
            info: livekit.proto.DataTrackInfo.$Properties;

            /** OwnedRemoteDataTrack publisherIdentity. */
            publisherIdentity: string;

            /**
             * Creates a new OwnedRemoteDataTrack instance using the specified properties.
             * @param [properties] Properties to set
             * @returns OwnedRemoteDataTrack instance
             */
            static create(properties: livekit.proto.OwnedRemoteDataTrack.$Shape): livekit.proto.OwnedRemoteDataTrack & livekit.proto.OwnedRemoteDataTrack.$Shape;
            static create(properties?: livekit.proto.OwnedRemoteDataTrack.$Properties): livekit.proto.OwnedRemoteDataTrack;

            /**
             * Encodes the specified OwnedRemoteDataTrack message. Does not implicitly {@link livekit.proto.OwnedRemoteDataTrack.verify|verify} messages.
             * @param message OwnedRemoteDataTrack message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: livekit.proto.OwnedRemoteDataTrack.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an OwnedRemoteDataTrack message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {livekit.proto.OwnedRemoteDataTrack & livekit.proto.OwnedRemoteDataTrack.$Shape} OwnedRemoteDataTrack
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): livekit.proto.OwnedRemoteDataTrack & livekit.proto.OwnedRemoteDataTrack.$Shape;

            /**
             * Verifies an OwnedRemoteDataTrack message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an OwnedRemoteDataTrack message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns OwnedRemoteDataTrack
             */
            static fromObject(object: { [k: string]: any }): livekit.proto.OwnedRemoteDataTrack;

            /**
             * Creates a plain object from an OwnedRemoteDataTrack message. Also converts values to other types if specified.
             * @param message OwnedRemoteDataTrack
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: livekit.proto.OwnedRemoteDataTrack, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this OwnedRemoteDataTrack to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace OwnedRemoteDataTrack {

            /** Properties of an OwnedRemoteDataTrack. */
            interface $Properties {

                /** OwnedRemoteDataTrack handle */
                handle: livekit.proto.FfiOwnedHandle.$Properties;

                /** OwnedRemoteDataTrack info */
                info: livekit.proto.DataTrackInfo.$Properties;

                /** OwnedRemoteDataTrack publisherIdentity */
                publisherIdentity: string;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an OwnedRemoteDataTrack. */
            type $Shape = {
              handle: livekit.proto.FfiOwnedHandle.$Shape;
              info: livekit.proto.DataTrackInfo.$Shape;
              publisherIdentity: string;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of an OwnedDataTrackStream.
         * @deprecated Use livekit.proto.OwnedDataTrackStream.$Properties instead.
         */
        interface IOwnedDataTrackStream extends livekit.proto.OwnedDataTrackStream.$Properties {
        }

        /** Represents an OwnedDataTrackStream. */
        class OwnedDataTrackStream {

            /**
             * Constructs a new OwnedDataTrackStream.
             * @param [properties] Properties to set
             */
            constructor(properties?: livekit.proto.OwnedDataTrackStream.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** OwnedDataTrackStream handle. */
            handle: livekit.proto.FfiOwnedHandle.$Properties;

            /**
             * Creates a new OwnedDataTrackStream instance using the specified properties.
             * @param [properties] Properties to set
             * @returns OwnedDataTrackStream instance
             */
            static create(properties: livekit.proto.OwnedDataTrackStream.$Shape): livekit.proto.OwnedDataTrackStream & livekit.proto.OwnedDataTrackStream.$Shape;
            static create(properties?: livekit.proto.OwnedDataTrackStream.$Properties): livekit.proto.OwnedDataTrackStream;

            /**
             * Encodes the specified OwnedDataTrackStream message. Does not implicitly {@link livekit.proto.OwnedDataTrackStream.verify|verify} messages.
             * @param message OwnedDataTrackStream message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: livekit.proto.OwnedDataTrackStream.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an OwnedDataTrackStream message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {livekit.proto.OwnedDataTrackStream & livekit.proto.OwnedDataTrackStream.$Shape} OwnedDataTrackStream
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): livekit.proto.OwnedDataTrackStream & livekit.proto.OwnedDataTrackStream.$Shape;

            /**
             * Verifies an OwnedDataTrackStream message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an OwnedDataTrackStream message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns OwnedDataTrackStream
             */
            static fromObject(object: { [k: string]: any }): livekit.proto.OwnedDataTrackStream;

            /**
             * Creates a plain object from an OwnedDataTrackStream message. Also converts values to other types if specified.
             * @param message OwnedDataTrackStream
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: livekit.proto.OwnedDataTrackStream, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this OwnedDataTrackStream to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace OwnedDataTrackStream {

            /** Properties of an OwnedDataTrackStream. */
            interface $Properties {

                /** OwnedDataTrackStream handle */
                handle: livekit.proto.FfiOwnedHandle.$Properties;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an OwnedDataTrackStream. */
            type $Shape = livekit.proto.OwnedDataTrackStream.$Properties;
        }

        /**
         * Properties of a DataTrackSubscribeOptions.
         * @deprecated Use livekit.proto.DataTrackSubscribeOptions.$Properties instead.
         */
        interface IDataTrackSubscribeOptions extends livekit.proto.DataTrackSubscribeOptions.$Properties {
        }

        /** Represents a DataTrackSubscribeOptions. */
        class DataTrackSubscribeOptions {

            /**
             * Constructs a new DataTrackSubscribeOptions.
             * @param [properties] Properties to set
             */
            constructor(properties?: livekit.proto.DataTrackSubscribeOptions.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DataTrackSubscribeOptions bufferSize. */
            bufferSize: number;

            /**
             * Creates a new DataTrackSubscribeOptions instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DataTrackSubscribeOptions instance
             */
            static create(properties: livekit.proto.DataTrackSubscribeOptions.$Shape): livekit.proto.DataTrackSubscribeOptions & livekit.proto.DataTrackSubscribeOptions.$Shape;
            static create(properties?: livekit.proto.DataTrackSubscribeOptions.$Properties): livekit.proto.DataTrackSubscribeOptions;

            /**
             * Encodes the specified DataTrackSubscribeOptions message. Does not implicitly {@link livekit.proto.DataTrackSubscribeOptions.verify|verify} messages.
             * @param message DataTrackSubscribeOptions message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: livekit.proto.DataTrackSubscribeOptions.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DataTrackSubscribeOptions message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {livekit.proto.DataTrackSubscribeOptions & livekit.proto.DataTrackSubscribeOptions.$Shape} DataTrackSubscribeOptions
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): livekit.proto.DataTrackSubscribeOptions & livekit.proto.DataTrackSubscribeOptions.$Shape;

            /**
             * Verifies a DataTrackSubscribeOptions message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a DataTrackSubscribeOptions message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns DataTrackSubscribeOptions
             */
            static fromObject(object: { [k: string]: any }): livekit.proto.DataTrackSubscribeOptions;

            /**
             * Creates a plain object from a DataTrackSubscribeOptions message. Also converts values to other types if specified.
             * @param message DataTrackSubscribeOptions
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: livekit.proto.DataTrackSubscribeOptions, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DataTrackSubscribeOptions to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace DataTrackSubscribeOptions {

            /** Properties of a DataTrackSubscribeOptions. */
            interface $Properties {

                /** DataTrackSubscribeOptions bufferSize */
                bufferSize?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DataTrackSubscribeOptions. */
            type $Shape = livekit.proto.DataTrackSubscribeOptions.$Properties;
        }

        /**
         * Properties of a RemoteDataTrackIsPublishedRequest.
         * @deprecated Use livekit.proto.RemoteDataTrackIsPublishedRequest.$Properties instead.
         */
        interface IRemoteDataTrackIsPublishedRequest extends livekit.proto.RemoteDataTrackIsPublishedRequest.$Properties {
        }

        /** Represents a RemoteDataTrackIsPublishedRequest. */
        class RemoteDataTrackIsPublishedRequest {

            /**
             * Constructs a new RemoteDataTrackIsPublishedRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: livekit.proto.RemoteDataTrackIsPublishedRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RemoteDataTrackIsPublishedRequest trackHandle. */
            trackHandle: (number|Long);

            /**
             * Creates a new RemoteDataTrackIsPublishedRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RemoteDataTrackIsPublishedRequest instance
             */
            static create(properties: livekit.proto.RemoteDataTrackIsPublishedRequest.$Shape): livekit.proto.RemoteDataTrackIsPublishedRequest & livekit.proto.RemoteDataTrackIsPublishedRequest.$Shape;
            static create(properties?: livekit.proto.RemoteDataTrackIsPublishedRequest.$Properties): livekit.proto.RemoteDataTrackIsPublishedRequest;

            /**
             * Encodes the specified RemoteDataTrackIsPublishedRequest message. Does not implicitly {@link livekit.proto.RemoteDataTrackIsPublishedRequest.verify|verify} messages.
             * @param message RemoteDataTrackIsPublishedRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: livekit.proto.RemoteDataTrackIsPublishedRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RemoteDataTrackIsPublishedRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {livekit.proto.RemoteDataTrackIsPublishedRequest & livekit.proto.RemoteDataTrackIsPublishedRequest.$Shape} RemoteDataTrackIsPublishedRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): livekit.proto.RemoteDataTrackIsPublishedRequest & livekit.proto.RemoteDataTrackIsPublishedRequest.$Shape;

            /**
             * Verifies a RemoteDataTrackIsPublishedRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a RemoteDataTrackIsPublishedRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RemoteDataTrackIsPublishedRequest
             */
            static fromObject(object: { [k: string]: any }): livekit.proto.RemoteDataTrackIsPublishedRequest;

            /**
             * Creates a plain object from a RemoteDataTrackIsPublishedRequest message. Also converts values to other types if specified.
             * @param message RemoteDataTrackIsPublishedRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: livekit.proto.RemoteDataTrackIsPublishedRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RemoteDataTrackIsPublishedRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace RemoteDataTrackIsPublishedRequest {

            /** Properties of a RemoteDataTrackIsPublishedRequest. */
            interface $Properties {

                /** RemoteDataTrackIsPublishedRequest trackHandle */
                trackHandle: (number|Long);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RemoteDataTrackIsPublishedRequest. */
            type $Shape = livekit.proto.RemoteDataTrackIsPublishedRequest.$Properties;
        }

        /**
         * Properties of a RemoteDataTrackIsPublishedResponse.
         * @deprecated Use livekit.proto.RemoteDataTrackIsPublishedResponse.$Properties instead.
         */
        interface IRemoteDataTrackIsPublishedResponse extends livekit.proto.RemoteDataTrackIsPublishedResponse.$Properties {
        }

        /** Represents a RemoteDataTrackIsPublishedResponse. */
        class RemoteDataTrackIsPublishedResponse {

            /**
             * Constructs a new RemoteDataTrackIsPublishedResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: livekit.proto.RemoteDataTrackIsPublishedResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RemoteDataTrackIsPublishedResponse isPublished. */
            isPublished: boolean;

            /**
             * Creates a new RemoteDataTrackIsPublishedResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RemoteDataTrackIsPublishedResponse instance
             */
            static create(properties: livekit.proto.RemoteDataTrackIsPublishedResponse.$Shape): livekit.proto.RemoteDataTrackIsPublishedResponse & livekit.proto.RemoteDataTrackIsPublishedResponse.$Shape;
            static create(properties?: livekit.proto.RemoteDataTrackIsPublishedResponse.$Properties): livekit.proto.RemoteDataTrackIsPublishedResponse;

            /**
             * Encodes the specified RemoteDataTrackIsPublishedResponse message. Does not implicitly {@link livekit.proto.RemoteDataTrackIsPublishedResponse.verify|verify} messages.
             * @param message RemoteDataTrackIsPublishedResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: livekit.proto.RemoteDataTrackIsPublishedResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RemoteDataTrackIsPublishedResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {livekit.proto.RemoteDataTrackIsPublishedResponse & livekit.proto.RemoteDataTrackIsPublishedResponse.$Shape} RemoteDataTrackIsPublishedResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): livekit.proto.RemoteDataTrackIsPublishedResponse & livekit.proto.RemoteDataTrackIsPublishedResponse.$Shape;

            /**
             * Verifies a RemoteDataTrackIsPublishedResponse message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a RemoteDataTrackIsPublishedResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RemoteDataTrackIsPublishedResponse
             */
            static fromObject(object: { [k: string]: any }): livekit.proto.RemoteDataTrackIsPublishedResponse;

            /**
             * Creates a plain object from a RemoteDataTrackIsPublishedResponse message. Also converts values to other types if specified.
             * @param message RemoteDataTrackIsPublishedResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: livekit.proto.RemoteDataTrackIsPublishedResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RemoteDataTrackIsPublishedResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace RemoteDataTrackIsPublishedResponse {

            /** Properties of a RemoteDataTrackIsPublishedResponse. */
            interface $Properties {

                /** RemoteDataTrackIsPublishedResponse isPublished */
                isPublished: boolean;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RemoteDataTrackIsPublishedResponse. */
            type $Shape = livekit.proto.RemoteDataTrackIsPublishedResponse.$Properties;
        }

        /**
         * Properties of a RemoteDataTrackPipelineOptions.
         * @deprecated Use livekit.proto.RemoteDataTrackPipelineOptions.$Properties instead.
         */
        interface IRemoteDataTrackPipelineOptions extends livekit.proto.RemoteDataTrackPipelineOptions.$Properties {
        }

        /** Represents a RemoteDataTrackPipelineOptions. */
        class RemoteDataTrackPipelineOptions {

            /**
             * Constructs a new RemoteDataTrackPipelineOptions.
             * @param [properties] Properties to set
             */
            constructor(properties?: livekit.proto.RemoteDataTrackPipelineOptions.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RemoteDataTrackPipelineOptions maxPartialFrames. */
            maxPartialFrames: number;

            /**
             * Creates a new RemoteDataTrackPipelineOptions instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RemoteDataTrackPipelineOptions instance
             */
            static create(properties: livekit.proto.RemoteDataTrackPipelineOptions.$Shape): livekit.proto.RemoteDataTrackPipelineOptions & livekit.proto.RemoteDataTrackPipelineOptions.$Shape;
            static create(properties?: livekit.proto.RemoteDataTrackPipelineOptions.$Properties): livekit.proto.RemoteDataTrackPipelineOptions;

            /**
             * Encodes the specified RemoteDataTrackPipelineOptions message. Does not implicitly {@link livekit.proto.RemoteDataTrackPipelineOptions.verify|verify} messages.
             * @param message RemoteDataTrackPipelineOptions message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: livekit.proto.RemoteDataTrackPipelineOptions.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RemoteDataTrackPipelineOptions message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {livekit.proto.RemoteDataTrackPipelineOptions & livekit.proto.RemoteDataTrackPipelineOptions.$Shape} RemoteDataTrackPipelineOptions
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): livekit.proto.RemoteDataTrackPipelineOptions & livekit.proto.RemoteDataTrackPipelineOptions.$Shape;

            /**
             * Verifies a RemoteDataTrackPipelineOptions message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a RemoteDataTrackPipelineOptions message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RemoteDataTrackPipelineOptions
             */
            static fromObject(object: { [k: string]: any }): livekit.proto.RemoteDataTrackPipelineOptions;

            /**
             * Creates a plain object from a RemoteDataTrackPipelineOptions message. Also converts values to other types if specified.
             * @param message RemoteDataTrackPipelineOptions
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: livekit.proto.RemoteDataTrackPipelineOptions, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RemoteDataTrackPipelineOptions to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace RemoteDataTrackPipelineOptions {

            /** Properties of a RemoteDataTrackPipelineOptions. */
            interface $Properties {

                /** RemoteDataTrackPipelineOptions maxPartialFrames */
                maxPartialFrames?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RemoteDataTrackPipelineOptions. */
            type $Shape = livekit.proto.RemoteDataTrackPipelineOptions.$Properties;
        }

        /**
         * Properties of a RemoteDataTrackSetPipelineOptionsRequest.
         * @deprecated Use livekit.proto.RemoteDataTrackSetPipelineOptionsRequest.$Properties instead.
         */
        interface IRemoteDataTrackSetPipelineOptionsRequest extends livekit.proto.RemoteDataTrackSetPipelineOptionsRequest.$Properties {
        }

        /** Represents a RemoteDataTrackSetPipelineOptionsRequest. */
        class RemoteDataTrackSetPipelineOptionsRequest {

            /**
             * Constructs a new RemoteDataTrackSetPipelineOptionsRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: livekit.proto.RemoteDataTrackSetPipelineOptionsRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RemoteDataTrackSetPipelineOptionsRequest trackHandle. */
            trackHandle: (number|Long);

            /** RemoteDataTrackSetPipelineOptionsRequest options. */
            options: livekit.proto.RemoteDataTrackPipelineOptions.$Properties;

            /**
             * Creates a new RemoteDataTrackSetPipelineOptionsRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RemoteDataTrackSetPipelineOptionsRequest instance
             */
            static create(properties: livekit.proto.RemoteDataTrackSetPipelineOptionsRequest.$Shape): livekit.proto.RemoteDataTrackSetPipelineOptionsRequest & livekit.proto.RemoteDataTrackSetPipelineOptionsRequest.$Shape;
            static create(properties?: livekit.proto.RemoteDataTrackSetPipelineOptionsRequest.$Properties): livekit.proto.RemoteDataTrackSetPipelineOptionsRequest;

            /**
             * Encodes the specified RemoteDataTrackSetPipelineOptionsRequest message. Does not implicitly {@link livekit.proto.RemoteDataTrackSetPipelineOptionsRequest.verify|verify} messages.
             * @param message RemoteDataTrackSetPipelineOptionsRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: livekit.proto.RemoteDataTrackSetPipelineOptionsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RemoteDataTrackSetPipelineOptionsRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {livekit.proto.RemoteDataTrackSetPipelineOptionsRequest & livekit.proto.RemoteDataTrackSetPipelineOptionsRequest.$Shape} RemoteDataTrackSetPipelineOptionsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): livekit.proto.RemoteDataTrackSetPipelineOptionsRequest & livekit.proto.RemoteDataTrackSetPipelineOptionsRequest.$Shape;

            /**
             * Verifies a RemoteDataTrackSetPipelineOptionsRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a RemoteDataTrackSetPipelineOptionsRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RemoteDataTrackSetPipelineOptionsRequest
             */
            static fromObject(object: { [k: string]: any }): livekit.proto.RemoteDataTrackSetPipelineOptionsRequest;

            /**
             * Creates a plain object from a RemoteDataTrackSetPipelineOptionsRequest message. Also converts values to other types if specified.
             * @param message RemoteDataTrackSetPipelineOptionsRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: livekit.proto.RemoteDataTrackSetPipelineOptionsRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RemoteDataTrackSetPipelineOptionsRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace RemoteDataTrackSetPipelineOptionsRequest {

            /** Properties of a RemoteDataTrackSetPipelineOptionsRequest. */
            interface $Properties {

                /** RemoteDataTrackSetPipelineOptionsRequest trackHandle */
                trackHandle: (number|Long);

                /** RemoteDataTrackSetPipelineOptionsRequest options */
                options: livekit.proto.RemoteDataTrackPipelineOptions.$Properties;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RemoteDataTrackSetPipelineOptionsRequest. */
            type $Shape = livekit.proto.RemoteDataTrackSetPipelineOptionsRequest.$Properties;
        }

        /**
         * Properties of a RemoteDataTrackSetPipelineOptionsResponse.
         * @deprecated Use livekit.proto.RemoteDataTrackSetPipelineOptionsResponse.$Properties instead.
         */
        interface IRemoteDataTrackSetPipelineOptionsResponse extends livekit.proto.RemoteDataTrackSetPipelineOptionsResponse.$Properties {
        }

        /** Represents a RemoteDataTrackSetPipelineOptionsResponse. */
        class RemoteDataTrackSetPipelineOptionsResponse {

            /**
             * Constructs a new RemoteDataTrackSetPipelineOptionsResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: livekit.proto.RemoteDataTrackSetPipelineOptionsResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new RemoteDataTrackSetPipelineOptionsResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RemoteDataTrackSetPipelineOptionsResponse instance
             */
            static create(properties: livekit.proto.RemoteDataTrackSetPipelineOptionsResponse.$Shape): livekit.proto.RemoteDataTrackSetPipelineOptionsResponse & livekit.proto.RemoteDataTrackSetPipelineOptionsResponse.$Shape;
            static create(properties?: livekit.proto.RemoteDataTrackSetPipelineOptionsResponse.$Properties): livekit.proto.RemoteDataTrackSetPipelineOptionsResponse;

            /**
             * Encodes the specified RemoteDataTrackSetPipelineOptionsResponse message. Does not implicitly {@link livekit.proto.RemoteDataTrackSetPipelineOptionsResponse.verify|verify} messages.
             * @param message RemoteDataTrackSetPipelineOptionsResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: livekit.proto.RemoteDataTrackSetPipelineOptionsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RemoteDataTrackSetPipelineOptionsResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {livekit.proto.RemoteDataTrackSetPipelineOptionsResponse & livekit.proto.RemoteDataTrackSetPipelineOptionsResponse.$Shape} RemoteDataTrackSetPipelineOptionsResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): livekit.proto.RemoteDataTrackSetPipelineOptionsResponse & livekit.proto.RemoteDataTrackSetPipelineOptionsResponse.$Shape;

            /**
             * Verifies a RemoteDataTrackSetPipelineOptionsResponse message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a RemoteDataTrackSetPipelineOptionsResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RemoteDataTrackSetPipelineOptionsResponse
             */
            static fromObject(object: { [k: string]: any }): livekit.proto.RemoteDataTrackSetPipelineOptionsResponse;

            /**
             * Creates a plain object from a RemoteDataTrackSetPipelineOptionsResponse message. Also converts values to other types if specified.
             * @param message RemoteDataTrackSetPipelineOptionsResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: livekit.proto.RemoteDataTrackSetPipelineOptionsResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RemoteDataTrackSetPipelineOptionsResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace RemoteDataTrackSetPipelineOptionsResponse {

            /** Properties of a RemoteDataTrackSetPipelineOptionsResponse. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RemoteDataTrackSetPipelineOptionsResponse. */
            type $Shape = livekit.proto.RemoteDataTrackSetPipelineOptionsResponse.$Properties;
        }

        /**
         * Properties of a SubscribeDataTrackRequest.
         * @deprecated Use livekit.proto.SubscribeDataTrackRequest.$Properties instead.
         */
        interface ISubscribeDataTrackRequest extends livekit.proto.SubscribeDataTrackRequest.$Properties {
        }

        /** Represents a SubscribeDataTrackRequest. */
        class SubscribeDataTrackRequest {

            /**
             * Constructs a new SubscribeDataTrackRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: livekit.proto.SubscribeDataTrackRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SubscribeDataTrackRequest trackHandle. */
            trackHandle: (number|Long);

            /** SubscribeDataTrackRequest options. */
            options: livekit.proto.DataTrackSubscribeOptions.$Properties;

            /**
             * Creates a new SubscribeDataTrackRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SubscribeDataTrackRequest instance
             */
            static create(properties: livekit.proto.SubscribeDataTrackRequest.$Shape): livekit.proto.SubscribeDataTrackRequest & livekit.proto.SubscribeDataTrackRequest.$Shape;
            static create(properties?: livekit.proto.SubscribeDataTrackRequest.$Properties): livekit.proto.SubscribeDataTrackRequest;

            /**
             * Encodes the specified SubscribeDataTrackRequest message. Does not implicitly {@link livekit.proto.SubscribeDataTrackRequest.verify|verify} messages.
             * @param message SubscribeDataTrackRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: livekit.proto.SubscribeDataTrackRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SubscribeDataTrackRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {livekit.proto.SubscribeDataTrackRequest & livekit.proto.SubscribeDataTrackRequest.$Shape} SubscribeDataTrackRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): livekit.proto.SubscribeDataTrackRequest & livekit.proto.SubscribeDataTrackRequest.$Shape;

            /**
             * Verifies a SubscribeDataTrackRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SubscribeDataTrackRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SubscribeDataTrackRequest
             */
            static fromObject(object: { [k: string]: any }): livekit.proto.SubscribeDataTrackRequest;

            /**
             * Creates a plain object from a SubscribeDataTrackRequest message. Also converts values to other types if specified.
             * @param message SubscribeDataTrackRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: livekit.proto.SubscribeDataTrackRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SubscribeDataTrackRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace SubscribeDataTrackRequest {

            /** Properties of a SubscribeDataTrackRequest. */
            interface $Properties {

                /** SubscribeDataTrackRequest trackHandle */
                trackHandle: (number|Long);

                /** SubscribeDataTrackRequest options */
                options: livekit.proto.DataTrackSubscribeOptions.$Properties;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SubscribeDataTrackRequest. */
            type $Shape = livekit.proto.SubscribeDataTrackRequest.$Properties;
        }

        /**
         * Properties of a SubscribeDataTrackResponse.
         * @deprecated Use livekit.proto.SubscribeDataTrackResponse.$Properties instead.
         */
        interface ISubscribeDataTrackResponse extends livekit.proto.SubscribeDataTrackResponse.$Properties {
        }

        /** Represents a SubscribeDataTrackResponse. */
        class SubscribeDataTrackResponse {

            /**
             * Constructs a new SubscribeDataTrackResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: livekit.proto.SubscribeDataTrackResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SubscribeDataTrackResponse stream. */
            stream: livekit.proto.OwnedDataTrackStream.$Properties;

            /**
             * Creates a new SubscribeDataTrackResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SubscribeDataTrackResponse instance
             */
            static create(properties: livekit.proto.SubscribeDataTrackResponse.$Shape): livekit.proto.SubscribeDataTrackResponse & livekit.proto.SubscribeDataTrackResponse.$Shape;
            static create(properties?: livekit.proto.SubscribeDataTrackResponse.$Properties): livekit.proto.SubscribeDataTrackResponse;

            /**
             * Encodes the specified SubscribeDataTrackResponse message. Does not implicitly {@link livekit.proto.SubscribeDataTrackResponse.verify|verify} messages.
             * @param message SubscribeDataTrackResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: livekit.proto.SubscribeDataTrackResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SubscribeDataTrackResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {livekit.proto.SubscribeDataTrackResponse & livekit.proto.SubscribeDataTrackResponse.$Shape} SubscribeDataTrackResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): livekit.proto.SubscribeDataTrackResponse & livekit.proto.SubscribeDataTrackResponse.$Shape;

            /**
             * Verifies a SubscribeDataTrackResponse message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SubscribeDataTrackResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SubscribeDataTrackResponse
             */
            static fromObject(object: { [k: string]: any }): livekit.proto.SubscribeDataTrackResponse;

            /**
             * Creates a plain object from a SubscribeDataTrackResponse message. Also converts values to other types if specified.
             * @param message SubscribeDataTrackResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: livekit.proto.SubscribeDataTrackResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SubscribeDataTrackResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace SubscribeDataTrackResponse {

            /** Properties of a SubscribeDataTrackResponse. */
            interface $Properties {

                /** SubscribeDataTrackResponse stream */
                stream: livekit.proto.OwnedDataTrackStream.$Properties;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SubscribeDataTrackResponse. */
            type $Shape = livekit.proto.SubscribeDataTrackResponse.$Properties;
        }

        /**
         * Properties of a DataTrackStreamReadRequest.
         * @deprecated Use livekit.proto.DataTrackStreamReadRequest.$Properties instead.
         */
        interface IDataTrackStreamReadRequest extends livekit.proto.DataTrackStreamReadRequest.$Properties {
        }

        /** Represents a DataTrackStreamReadRequest. */
        class DataTrackStreamReadRequest {

            /**
             * Constructs a new DataTrackStreamReadRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: livekit.proto.DataTrackStreamReadRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DataTrackStreamReadRequest streamHandle. */
            streamHandle: (number|Long);

            /**
             * Creates a new DataTrackStreamReadRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DataTrackStreamReadRequest instance
             */
            static create(properties: livekit.proto.DataTrackStreamReadRequest.$Shape): livekit.proto.DataTrackStreamReadRequest & livekit.proto.DataTrackStreamReadRequest.$Shape;
            static create(properties?: livekit.proto.DataTrackStreamReadRequest.$Properties): livekit.proto.DataTrackStreamReadRequest;

            /**
             * Encodes the specified DataTrackStreamReadRequest message. Does not implicitly {@link livekit.proto.DataTrackStreamReadRequest.verify|verify} messages.
             * @param message DataTrackStreamReadRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: livekit.proto.DataTrackStreamReadRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DataTrackStreamReadRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {livekit.proto.DataTrackStreamReadRequest & livekit.proto.DataTrackStreamReadRequest.$Shape} DataTrackStreamReadRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): livekit.proto.DataTrackStreamReadRequest & livekit.proto.DataTrackStreamReadRequest.$Shape;

            /**
             * Verifies a DataTrackStreamReadRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a DataTrackStreamReadRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns DataTrackStreamReadRequest
             */
            static fromObject(object: { [k: string]: any }): livekit.proto.DataTrackStreamReadRequest;

            /**
             * Creates a plain object from a DataTrackStreamReadRequest message. Also converts values to other types if specified.
             * @param message DataTrackStreamReadRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: livekit.proto.DataTrackStreamReadRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DataTrackStreamReadRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace DataTrackStreamReadRequest {

            /** Properties of a DataTrackStreamReadRequest. */
            interface $Properties {

                /** DataTrackStreamReadRequest streamHandle */
                streamHandle: (number|Long);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DataTrackStreamReadRequest. */
            type $Shape = livekit.proto.DataTrackStreamReadRequest.$Properties;
        }

        /**
         * Properties of a DataTrackStreamReadResponse.
         * @deprecated Use livekit.proto.DataTrackStreamReadResponse.$Properties instead.
         */
        interface IDataTrackStreamReadResponse extends livekit.proto.DataTrackStreamReadResponse.$Properties {
        }

        /** Represents a DataTrackStreamReadResponse. */
        class DataTrackStreamReadResponse {

            /**
             * Constructs a new DataTrackStreamReadResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: livekit.proto.DataTrackStreamReadResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DataTrackStreamReadResponse eosEvent. */
            eosEvent?: (livekit.proto.DataTrackStreamEOS.$Properties|null);

            /**
             * Creates a new DataTrackStreamReadResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DataTrackStreamReadResponse instance
             */
            static create(properties: livekit.proto.DataTrackStreamReadResponse.$Shape): livekit.proto.DataTrackStreamReadResponse & livekit.proto.DataTrackStreamReadResponse.$Shape;
            static create(properties?: livekit.proto.DataTrackStreamReadResponse.$Properties): livekit.proto.DataTrackStreamReadResponse;

            /**
             * Encodes the specified DataTrackStreamReadResponse message. Does not implicitly {@link livekit.proto.DataTrackStreamReadResponse.verify|verify} messages.
             * @param message DataTrackStreamReadResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: livekit.proto.DataTrackStreamReadResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DataTrackStreamReadResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {livekit.proto.DataTrackStreamReadResponse & livekit.proto.DataTrackStreamReadResponse.$Shape} DataTrackStreamReadResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): livekit.proto.DataTrackStreamReadResponse & livekit.proto.DataTrackStreamReadResponse.$Shape;

            /**
             * Verifies a DataTrackStreamReadResponse message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a DataTrackStreamReadResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns DataTrackStreamReadResponse
             */
            static fromObject(object: { [k: string]: any }): livekit.proto.DataTrackStreamReadResponse;

            /**
             * Creates a plain object from a DataTrackStreamReadResponse message. Also converts values to other types if specified.
             * @param message DataTrackStreamReadResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: livekit.proto.DataTrackStreamReadResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DataTrackStreamReadResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace DataTrackStreamReadResponse {

            /** Properties of a DataTrackStreamReadResponse. */
            interface $Properties {

                /** DataTrackStreamReadResponse eosEvent */
                eosEvent?: (livekit.proto.DataTrackStreamEOS.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DataTrackStreamReadResponse. */
            type $Shape = livekit.proto.DataTrackStreamReadResponse.$Properties;
        }

        /**
         * Properties of a DataTrackStreamEvent.
         * @deprecated Use livekit.proto.DataTrackStreamEvent.$Properties instead.
         */
        interface IDataTrackStreamEvent extends livekit.proto.DataTrackStreamEvent.$Properties {
        }

        /** Represents a DataTrackStreamEvent. */
        class DataTrackStreamEvent {

            /**
             * Constructs a new DataTrackStreamEvent.
             * @param [properties] Properties to set
             */
            constructor(properties?: livekit.proto.DataTrackStreamEvent.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DataTrackStreamEvent streamHandle. */
            streamHandle: (number|Long);

            /** DataTrackStreamEvent frameReceived. */
            frameReceived?: (livekit.proto.DataTrackStreamFrameReceived.$Properties|null);

            /** DataTrackStreamEvent eos. */
            eos?: (livekit.proto.DataTrackStreamEOS.$Properties|null);

            /** DataTrackStreamEvent detail. */
            detail?: ("frameReceived"|"eos");

            /**
             * Creates a new DataTrackStreamEvent instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DataTrackStreamEvent instance
             */
            static create(properties: livekit.proto.DataTrackStreamEvent.$Shape): livekit.proto.DataTrackStreamEvent & livekit.proto.DataTrackStreamEvent.$Shape;
            static create(properties?: livekit.proto.DataTrackStreamEvent.$Properties): livekit.proto.DataTrackStreamEvent;

            /**
             * Encodes the specified DataTrackStreamEvent message. Does not implicitly {@link livekit.proto.DataTrackStreamEvent.verify|verify} messages.
             * @param message DataTrackStreamEvent message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: livekit.proto.DataTrackStreamEvent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DataTrackStreamEvent message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {livekit.proto.DataTrackStreamEvent & livekit.proto.DataTrackStreamEvent.$Shape} DataTrackStreamEvent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): livekit.proto.DataTrackStreamEvent & livekit.proto.DataTrackStreamEvent.$Shape;

            /**
             * Verifies a DataTrackStreamEvent message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a DataTrackStreamEvent message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns DataTrackStreamEvent
             */
            static fromObject(object: { [k: string]: any }): livekit.proto.DataTrackStreamEvent;

            /**
             * Creates a plain object from a DataTrackStreamEvent message. Also converts values to other types if specified.
             * @param message DataTrackStreamEvent
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: livekit.proto.DataTrackStreamEvent, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DataTrackStreamEvent to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace DataTrackStreamEvent {

            /** Properties of a DataTrackStreamEvent. */
            interface $Properties {

                /** DataTrackStreamEvent streamHandle */
                streamHandle: (number|Long);

                /** DataTrackStreamEvent frameReceived */
                frameReceived?: (livekit.proto.DataTrackStreamFrameReceived.$Properties|null);

                /** DataTrackStreamEvent eos */
                eos?: (livekit.proto.DataTrackStreamEOS.$Properties|null);

                /** DataTrackStreamEvent detail */
                detail?: ("frameReceived"|"eos");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a DataTrackStreamEvent. */
            type $Shape = {
              streamHandle: number|Long;
              frameReceived?: livekit.proto.DataTrackStreamFrameReceived.$Shape|null;
              eos?: livekit.proto.DataTrackStreamEOS.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ detail?: undefined; frameReceived?: null; eos?: null }|{ detail?: "frameReceived"; frameReceived: livekit.proto.DataTrackStreamFrameReceived.$Shape; eos?: null }|{ detail?: "eos"; frameReceived?: null; eos: livekit.proto.DataTrackStreamEOS.$Shape })
            );
        }

        /**
         * Properties of a DataTrackStreamFrameReceived.
         * @deprecated Use livekit.proto.DataTrackStreamFrameReceived.$Properties instead.
         */
        interface IDataTrackStreamFrameReceived extends livekit.proto.DataTrackStreamFrameReceived.$Properties {
        }

        /** Represents a DataTrackStreamFrameReceived. */
        class DataTrackStreamFrameReceived {

            /**
             * Constructs a new DataTrackStreamFrameReceived.
             * @param [properties] Properties to set
             */
            constructor(properties?: livekit.proto.DataTrackStreamFrameReceived.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DataTrackStreamFrameReceived frame. */
            frame: livekit.proto.DataTrackFrame.$Properties;

            /**
             * Creates a new DataTrackStreamFrameReceived instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DataTrackStreamFrameReceived instance
             */
            static create(properties: livekit.proto.DataTrackStreamFrameReceived.$Shape): livekit.proto.DataTrackStreamFrameReceived & livekit.proto.DataTrackStreamFrameReceived.$Shape;
            static create(properties?: livekit.proto.DataTrackStreamFrameReceived.$Properties): livekit.proto.DataTrackStreamFrameReceived;

            /**
             * Encodes the specified DataTrackStreamFrameReceived message. Does not implicitly {@link livekit.proto.DataTrackStreamFrameReceived.verify|verify} messages.
             * @param message DataTrackStreamFrameReceived message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: livekit.proto.DataTrackStreamFrameReceived.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DataTrackStreamFrameReceived message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {livekit.proto.DataTrackStreamFrameReceived & livekit.proto.DataTrackStreamFrameReceived.$Shape} DataTrackStreamFrameReceived
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): livekit.proto.DataTrackStreamFrameReceived & livekit.proto.DataTrackStreamFrameReceived.$Shape;

            /**
             * Verifies a DataTrackStreamFrameReceived message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a DataTrackStreamFrameReceived message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns DataTrackStreamFrameReceived
             */
            static fromObject(object: { [k: string]: any }): livekit.proto.DataTrackStreamFrameReceived;

            /**
             * Creates a plain object from a DataTrackStreamFrameReceived message. Also converts values to other types if specified.
             * @param message DataTrackStreamFrameReceived
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: livekit.proto.DataTrackStreamFrameReceived, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DataTrackStreamFrameReceived to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace DataTrackStreamFrameReceived {

            /** Properties of a DataTrackStreamFrameReceived. */
            interface $Properties {

                /** DataTrackStreamFrameReceived frame */
                frame: livekit.proto.DataTrackFrame.$Properties;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DataTrackStreamFrameReceived. */
            type $Shape = livekit.proto.DataTrackStreamFrameReceived.$Properties;
        }

        /**
         * Properties of a DataTrackStreamEOS.
         * @deprecated Use livekit.proto.DataTrackStreamEOS.$Properties instead.
         */
        interface IDataTrackStreamEOS extends livekit.proto.DataTrackStreamEOS.$Properties {
        }

        /** Represents a DataTrackStreamEOS. */
        class DataTrackStreamEOS {

            /**
             * Constructs a new DataTrackStreamEOS.
             * @param [properties] Properties to set
             */
            constructor(properties?: livekit.proto.DataTrackStreamEOS.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DataTrackStreamEOS error. */
            error?: (livekit.proto.SubscribeDataTrackError.$Properties|null);

            /**
             * Creates a new DataTrackStreamEOS instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DataTrackStreamEOS instance
             */
            static create(properties: livekit.proto.DataTrackStreamEOS.$Shape): livekit.proto.DataTrackStreamEOS & livekit.proto.DataTrackStreamEOS.$Shape;
            static create(properties?: livekit.proto.DataTrackStreamEOS.$Properties): livekit.proto.DataTrackStreamEOS;

            /**
             * Encodes the specified DataTrackStreamEOS message. Does not implicitly {@link livekit.proto.DataTrackStreamEOS.verify|verify} messages.
             * @param message DataTrackStreamEOS message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: livekit.proto.DataTrackStreamEOS.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DataTrackStreamEOS message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {livekit.proto.DataTrackStreamEOS & livekit.proto.DataTrackStreamEOS.$Shape} DataTrackStreamEOS
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): livekit.proto.DataTrackStreamEOS & livekit.proto.DataTrackStreamEOS.$Shape;

            /**
             * Verifies a DataTrackStreamEOS message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a DataTrackStreamEOS message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns DataTrackStreamEOS
             */
            static fromObject(object: { [k: string]: any }): livekit.proto.DataTrackStreamEOS;

            /**
             * Creates a plain object from a DataTrackStreamEOS message. Also converts values to other types if specified.
             * @param message DataTrackStreamEOS
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: livekit.proto.DataTrackStreamEOS, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DataTrackStreamEOS to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace DataTrackStreamEOS {

            /** Properties of a DataTrackStreamEOS. */
            interface $Properties {

                /** DataTrackStreamEOS error */
                error?: (livekit.proto.SubscribeDataTrackError.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DataTrackStreamEOS. */
            type $Shape = livekit.proto.DataTrackStreamEOS.$Properties;
        }

        /**
         * Properties of a DataTrackSchemaEncoding.
         * @deprecated Use livekit.proto.DataTrackSchemaEncoding.$Properties instead.
         */
        interface IDataTrackSchemaEncoding extends livekit.proto.DataTrackSchemaEncoding.$Properties {
        }

        /** Represents a DataTrackSchemaEncoding. */
        class DataTrackSchemaEncoding {

            /**
             * Constructs a new DataTrackSchemaEncoding.
             * @param [properties] Properties to set
             */
            constructor(properties?: livekit.proto.DataTrackSchemaEncoding.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DataTrackSchemaEncoding wellKnown. */
            wellKnown?: (livekit.proto.DataTrackSchemaEncoding.WellKnownSchemaEncoding|null);

            /** DataTrackSchemaEncoding custom. */
            custom?: (string|null);

            /** DataTrackSchemaEncoding encoding. */
            encoding?: ("wellKnown"|"custom");

            /**
             * Creates a new DataTrackSchemaEncoding instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DataTrackSchemaEncoding instance
             */
            static create(properties: livekit.proto.DataTrackSchemaEncoding.$Shape): livekit.proto.DataTrackSchemaEncoding & livekit.proto.DataTrackSchemaEncoding.$Shape;
            static create(properties?: livekit.proto.DataTrackSchemaEncoding.$Properties): livekit.proto.DataTrackSchemaEncoding;

            /**
             * Encodes the specified DataTrackSchemaEncoding message. Does not implicitly {@link livekit.proto.DataTrackSchemaEncoding.verify|verify} messages.
             * @param message DataTrackSchemaEncoding message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: livekit.proto.DataTrackSchemaEncoding.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DataTrackSchemaEncoding message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {livekit.proto.DataTrackSchemaEncoding & livekit.proto.DataTrackSchemaEncoding.$Shape} DataTrackSchemaEncoding
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): livekit.proto.DataTrackSchemaEncoding & livekit.proto.DataTrackSchemaEncoding.$Shape;

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
            static fromObject(object: { [k: string]: any }): livekit.proto.DataTrackSchemaEncoding;

            /**
             * Creates a plain object from a DataTrackSchemaEncoding message. Also converts values to other types if specified.
             * @param message DataTrackSchemaEncoding
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: livekit.proto.DataTrackSchemaEncoding, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DataTrackSchemaEncoding to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace DataTrackSchemaEncoding {

            /** Properties of a DataTrackSchemaEncoding. */
            interface $Properties {

                /** DataTrackSchemaEncoding wellKnown */
                wellKnown?: (livekit.proto.DataTrackSchemaEncoding.WellKnownSchemaEncoding|null);

                /** DataTrackSchemaEncoding custom */
                custom?: (string|null);

                /** DataTrackSchemaEncoding encoding */
                encoding?: ("wellKnown"|"custom");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a DataTrackSchemaEncoding. */
            type $Shape = {
              wellKnown?: livekit.proto.DataTrackSchemaEncoding.WellKnownSchemaEncoding|null;
              custom?: string|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ encoding?: undefined; wellKnown?: null; custom?: null }|{ encoding?: "wellKnown"; wellKnown: livekit.proto.DataTrackSchemaEncoding.WellKnownSchemaEncoding; custom?: null }|{ encoding?: "custom"; wellKnown?: null; custom: string })
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
         * Properties of a DataTrackFrameEncoding.
         * @deprecated Use livekit.proto.DataTrackFrameEncoding.$Properties instead.
         */
        interface IDataTrackFrameEncoding extends livekit.proto.DataTrackFrameEncoding.$Properties {
        }

        /** Represents a DataTrackFrameEncoding. */
        class DataTrackFrameEncoding {

            /**
             * Constructs a new DataTrackFrameEncoding.
             * @param [properties] Properties to set
             */
            constructor(properties?: livekit.proto.DataTrackFrameEncoding.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DataTrackFrameEncoding wellKnown. */
            wellKnown?: (livekit.proto.DataTrackFrameEncoding.WellKnownFrameEncoding|null);

            /** DataTrackFrameEncoding custom. */
            custom?: (string|null);

            /** DataTrackFrameEncoding encoding. */
            encoding?: ("wellKnown"|"custom");

            /**
             * Creates a new DataTrackFrameEncoding instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DataTrackFrameEncoding instance
             */
            static create(properties: livekit.proto.DataTrackFrameEncoding.$Shape): livekit.proto.DataTrackFrameEncoding & livekit.proto.DataTrackFrameEncoding.$Shape;
            static create(properties?: livekit.proto.DataTrackFrameEncoding.$Properties): livekit.proto.DataTrackFrameEncoding;

            /**
             * Encodes the specified DataTrackFrameEncoding message. Does not implicitly {@link livekit.proto.DataTrackFrameEncoding.verify|verify} messages.
             * @param message DataTrackFrameEncoding message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: livekit.proto.DataTrackFrameEncoding.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DataTrackFrameEncoding message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {livekit.proto.DataTrackFrameEncoding & livekit.proto.DataTrackFrameEncoding.$Shape} DataTrackFrameEncoding
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): livekit.proto.DataTrackFrameEncoding & livekit.proto.DataTrackFrameEncoding.$Shape;

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
            static fromObject(object: { [k: string]: any }): livekit.proto.DataTrackFrameEncoding;

            /**
             * Creates a plain object from a DataTrackFrameEncoding message. Also converts values to other types if specified.
             * @param message DataTrackFrameEncoding
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: livekit.proto.DataTrackFrameEncoding, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DataTrackFrameEncoding to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace DataTrackFrameEncoding {

            /** Properties of a DataTrackFrameEncoding. */
            interface $Properties {

                /** DataTrackFrameEncoding wellKnown */
                wellKnown?: (livekit.proto.DataTrackFrameEncoding.WellKnownFrameEncoding|null);

                /** DataTrackFrameEncoding custom */
                custom?: (string|null);

                /** DataTrackFrameEncoding encoding */
                encoding?: ("wellKnown"|"custom");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a DataTrackFrameEncoding. */
            type $Shape = {
              wellKnown?: livekit.proto.DataTrackFrameEncoding.WellKnownFrameEncoding|null;
              custom?: string|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ encoding?: undefined; wellKnown?: null; custom?: null }|{ encoding?: "wellKnown"; wellKnown: livekit.proto.DataTrackFrameEncoding.WellKnownFrameEncoding; custom?: null }|{ encoding?: "custom"; wellKnown?: null; custom: string })
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
         * Properties of a DataTrackSchemaId.
         * @deprecated Use livekit.proto.DataTrackSchemaId.$Properties instead.
         */
        interface IDataTrackSchemaId extends livekit.proto.DataTrackSchemaId.$Properties {
        }

        /** Represents a DataTrackSchemaId. */
        class DataTrackSchemaId {

            /**
             * Constructs a new DataTrackSchemaId.
             * @param [properties] Properties to set
             */
            constructor(properties?: livekit.proto.DataTrackSchemaId.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DataTrackSchemaId name. */
            name: string;

            /** DataTrackSchemaId encoding. */
            encoding?: (livekit.proto.DataTrackSchemaEncoding.$Properties|null);

            /**
             * Creates a new DataTrackSchemaId instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DataTrackSchemaId instance
             */
            static create(properties: livekit.proto.DataTrackSchemaId.$Shape): livekit.proto.DataTrackSchemaId & livekit.proto.DataTrackSchemaId.$Shape;
            static create(properties?: livekit.proto.DataTrackSchemaId.$Properties): livekit.proto.DataTrackSchemaId;

            /**
             * Encodes the specified DataTrackSchemaId message. Does not implicitly {@link livekit.proto.DataTrackSchemaId.verify|verify} messages.
             * @param message DataTrackSchemaId message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: livekit.proto.DataTrackSchemaId.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DataTrackSchemaId message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {livekit.proto.DataTrackSchemaId & livekit.proto.DataTrackSchemaId.$Shape} DataTrackSchemaId
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): livekit.proto.DataTrackSchemaId & livekit.proto.DataTrackSchemaId.$Shape;

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
            static fromObject(object: { [k: string]: any }): livekit.proto.DataTrackSchemaId;

            /**
             * Creates a plain object from a DataTrackSchemaId message. Also converts values to other types if specified.
             * @param message DataTrackSchemaId
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: livekit.proto.DataTrackSchemaId, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DataTrackSchemaId to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace DataTrackSchemaId {

            /** Properties of a DataTrackSchemaId. */
            interface $Properties {

                /** DataTrackSchemaId name */
                name: string;

                /** DataTrackSchemaId encoding */
                encoding?: (livekit.proto.DataTrackSchemaEncoding.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DataTrackSchemaId. */
            type $Shape = {
              name: string;
              encoding?: livekit.proto.DataTrackSchemaEncoding.$Shape|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of a DefineSchemaRequest.
         * @deprecated Use livekit.proto.DefineSchemaRequest.$Properties instead.
         */
        interface IDefineSchemaRequest extends livekit.proto.DefineSchemaRequest.$Properties {
        }

        /** Represents a DefineSchemaRequest. */
        class DefineSchemaRequest {

            /**
             * Constructs a new DefineSchemaRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: livekit.proto.DefineSchemaRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DefineSchemaRequest localParticipantHandle. */
            localParticipantHandle: (number|Long);

            /** DefineSchemaRequest schemaId. */
            schemaId: livekit.proto.DataTrackSchemaId.$Properties;

            /** DefineSchemaRequest definition. */
            definition: string;

            /** DefineSchemaRequest requestAsyncId. */
            requestAsyncId: (number|Long);

            /**
             * Creates a new DefineSchemaRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DefineSchemaRequest instance
             */
            static create(properties: livekit.proto.DefineSchemaRequest.$Shape): livekit.proto.DefineSchemaRequest & livekit.proto.DefineSchemaRequest.$Shape;
            static create(properties?: livekit.proto.DefineSchemaRequest.$Properties): livekit.proto.DefineSchemaRequest;

            /**
             * Encodes the specified DefineSchemaRequest message. Does not implicitly {@link livekit.proto.DefineSchemaRequest.verify|verify} messages.
             * @param message DefineSchemaRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: livekit.proto.DefineSchemaRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DefineSchemaRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {livekit.proto.DefineSchemaRequest & livekit.proto.DefineSchemaRequest.$Shape} DefineSchemaRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): livekit.proto.DefineSchemaRequest & livekit.proto.DefineSchemaRequest.$Shape;

            /**
             * Verifies a DefineSchemaRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a DefineSchemaRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns DefineSchemaRequest
             */
            static fromObject(object: { [k: string]: any }): livekit.proto.DefineSchemaRequest;

            /**
             * Creates a plain object from a DefineSchemaRequest message. Also converts values to other types if specified.
             * @param message DefineSchemaRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: livekit.proto.DefineSchemaRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DefineSchemaRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace DefineSchemaRequest {

            /** Properties of a DefineSchemaRequest. */
            interface $Properties {

                /** DefineSchemaRequest localParticipantHandle */
                localParticipantHandle: (number|Long);

                /** DefineSchemaRequest schemaId */
                schemaId: livekit.proto.DataTrackSchemaId.$Properties;

                /** DefineSchemaRequest definition */
                definition: string;

                /** DefineSchemaRequest requestAsyncId */
                requestAsyncId?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DefineSchemaRequest. */
            type $Shape = {
              localParticipantHandle: number|Long;
              schemaId: livekit.proto.DataTrackSchemaId.$Shape;
              definition: string;
              requestAsyncId?: number|Long|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of a DefineSchemaResponse.
         * @deprecated Use livekit.proto.DefineSchemaResponse.$Properties instead.
         */
        interface IDefineSchemaResponse extends livekit.proto.DefineSchemaResponse.$Properties {
        }

        /** Represents a DefineSchemaResponse. */
        class DefineSchemaResponse {

            /**
             * Constructs a new DefineSchemaResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: livekit.proto.DefineSchemaResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DefineSchemaResponse asyncId. */
            asyncId: (number|Long);

            /**
             * Creates a new DefineSchemaResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DefineSchemaResponse instance
             */
            static create(properties: livekit.proto.DefineSchemaResponse.$Shape): livekit.proto.DefineSchemaResponse & livekit.proto.DefineSchemaResponse.$Shape;
            static create(properties?: livekit.proto.DefineSchemaResponse.$Properties): livekit.proto.DefineSchemaResponse;

            /**
             * Encodes the specified DefineSchemaResponse message. Does not implicitly {@link livekit.proto.DefineSchemaResponse.verify|verify} messages.
             * @param message DefineSchemaResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: livekit.proto.DefineSchemaResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DefineSchemaResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {livekit.proto.DefineSchemaResponse & livekit.proto.DefineSchemaResponse.$Shape} DefineSchemaResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): livekit.proto.DefineSchemaResponse & livekit.proto.DefineSchemaResponse.$Shape;

            /**
             * Verifies a DefineSchemaResponse message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a DefineSchemaResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns DefineSchemaResponse
             */
            static fromObject(object: { [k: string]: any }): livekit.proto.DefineSchemaResponse;

            /**
             * Creates a plain object from a DefineSchemaResponse message. Also converts values to other types if specified.
             * @param message DefineSchemaResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: livekit.proto.DefineSchemaResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DefineSchemaResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace DefineSchemaResponse {

            /** Properties of a DefineSchemaResponse. */
            interface $Properties {

                /** DefineSchemaResponse asyncId */
                asyncId: (number|Long);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DefineSchemaResponse. */
            type $Shape = livekit.proto.DefineSchemaResponse.$Properties;
        }

        /**
         * Properties of a DefineSchemaCallback.
         * @deprecated Use livekit.proto.DefineSchemaCallback.$Properties instead.
         */
        interface IDefineSchemaCallback extends livekit.proto.DefineSchemaCallback.$Properties {
        }

        /** Represents a DefineSchemaCallback. */
        class DefineSchemaCallback {

            /**
             * Constructs a new DefineSchemaCallback.
             * @param [properties] Properties to set
             */
            constructor(properties?: livekit.proto.DefineSchemaCallback.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DefineSchemaCallback asyncId. */
            asyncId: (number|Long);

            /** DefineSchemaCallback error. */
            error: string;

            /**
             * Creates a new DefineSchemaCallback instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DefineSchemaCallback instance
             */
            static create(properties: livekit.proto.DefineSchemaCallback.$Shape): livekit.proto.DefineSchemaCallback & livekit.proto.DefineSchemaCallback.$Shape;
            static create(properties?: livekit.proto.DefineSchemaCallback.$Properties): livekit.proto.DefineSchemaCallback;

            /**
             * Encodes the specified DefineSchemaCallback message. Does not implicitly {@link livekit.proto.DefineSchemaCallback.verify|verify} messages.
             * @param message DefineSchemaCallback message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: livekit.proto.DefineSchemaCallback.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DefineSchemaCallback message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {livekit.proto.DefineSchemaCallback & livekit.proto.DefineSchemaCallback.$Shape} DefineSchemaCallback
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): livekit.proto.DefineSchemaCallback & livekit.proto.DefineSchemaCallback.$Shape;

            /**
             * Verifies a DefineSchemaCallback message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a DefineSchemaCallback message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns DefineSchemaCallback
             */
            static fromObject(object: { [k: string]: any }): livekit.proto.DefineSchemaCallback;

            /**
             * Creates a plain object from a DefineSchemaCallback message. Also converts values to other types if specified.
             * @param message DefineSchemaCallback
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: livekit.proto.DefineSchemaCallback, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DefineSchemaCallback to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace DefineSchemaCallback {

            /** Properties of a DefineSchemaCallback. */
            interface $Properties {

                /** DefineSchemaCallback asyncId */
                asyncId: (number|Long);

                /** DefineSchemaCallback error */
                error?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DefineSchemaCallback. */
            type $Shape = livekit.proto.DefineSchemaCallback.$Properties;
        }

        /**
         * Properties of a GetSchemaRequest.
         * @deprecated Use livekit.proto.GetSchemaRequest.$Properties instead.
         */
        interface IGetSchemaRequest extends livekit.proto.GetSchemaRequest.$Properties {
        }

        /** Represents a GetSchemaRequest. */
        class GetSchemaRequest {

            /**
             * Constructs a new GetSchemaRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: livekit.proto.GetSchemaRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** GetSchemaRequest localParticipantHandle. */
            localParticipantHandle: (number|Long);

            /** GetSchemaRequest schemaId. */
            schemaId: livekit.proto.DataTrackSchemaId.$Properties;

            /** GetSchemaRequest participantIdentity. */
            participantIdentity: string;

            /** GetSchemaRequest requestAsyncId. */
            requestAsyncId: (number|Long);

            /**
             * Creates a new GetSchemaRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GetSchemaRequest instance
             */
            static create(properties: livekit.proto.GetSchemaRequest.$Shape): livekit.proto.GetSchemaRequest & livekit.proto.GetSchemaRequest.$Shape;
            static create(properties?: livekit.proto.GetSchemaRequest.$Properties): livekit.proto.GetSchemaRequest;

            /**
             * Encodes the specified GetSchemaRequest message. Does not implicitly {@link livekit.proto.GetSchemaRequest.verify|verify} messages.
             * @param message GetSchemaRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: livekit.proto.GetSchemaRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GetSchemaRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {livekit.proto.GetSchemaRequest & livekit.proto.GetSchemaRequest.$Shape} GetSchemaRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): livekit.proto.GetSchemaRequest & livekit.proto.GetSchemaRequest.$Shape;

            /**
             * Verifies a GetSchemaRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a GetSchemaRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns GetSchemaRequest
             */
            static fromObject(object: { [k: string]: any }): livekit.proto.GetSchemaRequest;

            /**
             * Creates a plain object from a GetSchemaRequest message. Also converts values to other types if specified.
             * @param message GetSchemaRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: livekit.proto.GetSchemaRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GetSchemaRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace GetSchemaRequest {

            /** Properties of a GetSchemaRequest. */
            interface $Properties {

                /** GetSchemaRequest localParticipantHandle */
                localParticipantHandle: (number|Long);

                /** GetSchemaRequest schemaId */
                schemaId: livekit.proto.DataTrackSchemaId.$Properties;

                /** GetSchemaRequest participantIdentity */
                participantIdentity: string;

                /** GetSchemaRequest requestAsyncId */
                requestAsyncId?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a GetSchemaRequest. */
            type $Shape = {
              localParticipantHandle: number|Long;
              schemaId: livekit.proto.DataTrackSchemaId.$Shape;
              participantIdentity: string;
              requestAsyncId?: number|Long|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of a GetSchemaResponse.
         * @deprecated Use livekit.proto.GetSchemaResponse.$Properties instead.
         */
        interface IGetSchemaResponse extends livekit.proto.GetSchemaResponse.$Properties {
        }

        /** Represents a GetSchemaResponse. */
        class GetSchemaResponse {

            /**
             * Constructs a new GetSchemaResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: livekit.proto.GetSchemaResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** GetSchemaResponse asyncId. */
            asyncId: (number|Long);

            /**
             * Creates a new GetSchemaResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GetSchemaResponse instance
             */
            static create(properties: livekit.proto.GetSchemaResponse.$Shape): livekit.proto.GetSchemaResponse & livekit.proto.GetSchemaResponse.$Shape;
            static create(properties?: livekit.proto.GetSchemaResponse.$Properties): livekit.proto.GetSchemaResponse;

            /**
             * Encodes the specified GetSchemaResponse message. Does not implicitly {@link livekit.proto.GetSchemaResponse.verify|verify} messages.
             * @param message GetSchemaResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: livekit.proto.GetSchemaResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GetSchemaResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {livekit.proto.GetSchemaResponse & livekit.proto.GetSchemaResponse.$Shape} GetSchemaResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): livekit.proto.GetSchemaResponse & livekit.proto.GetSchemaResponse.$Shape;

            /**
             * Verifies a GetSchemaResponse message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a GetSchemaResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns GetSchemaResponse
             */
            static fromObject(object: { [k: string]: any }): livekit.proto.GetSchemaResponse;

            /**
             * Creates a plain object from a GetSchemaResponse message. Also converts values to other types if specified.
             * @param message GetSchemaResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: livekit.proto.GetSchemaResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GetSchemaResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace GetSchemaResponse {

            /** Properties of a GetSchemaResponse. */
            interface $Properties {

                /** GetSchemaResponse asyncId */
                asyncId: (number|Long);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a GetSchemaResponse. */
            type $Shape = livekit.proto.GetSchemaResponse.$Properties;
        }

        /**
         * Properties of a GetSchemaCallback.
         * @deprecated Use livekit.proto.GetSchemaCallback.$Properties instead.
         */
        interface IGetSchemaCallback extends livekit.proto.GetSchemaCallback.$Properties {
        }

        /** Represents a GetSchemaCallback. */
        class GetSchemaCallback {

            /**
             * Constructs a new GetSchemaCallback.
             * @param [properties] Properties to set
             */
            constructor(properties?: livekit.proto.GetSchemaCallback.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** GetSchemaCallback asyncId. */
            asyncId: (number|Long);

            /** GetSchemaCallback definition. */
            definition: string;

            /** GetSchemaCallback error. */
            error: string;

            /**
             * Creates a new GetSchemaCallback instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GetSchemaCallback instance
             */
            static create(properties: livekit.proto.GetSchemaCallback.$Shape): livekit.proto.GetSchemaCallback & livekit.proto.GetSchemaCallback.$Shape;
            static create(properties?: livekit.proto.GetSchemaCallback.$Properties): livekit.proto.GetSchemaCallback;

            /**
             * Encodes the specified GetSchemaCallback message. Does not implicitly {@link livekit.proto.GetSchemaCallback.verify|verify} messages.
             * @param message GetSchemaCallback message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: livekit.proto.GetSchemaCallback.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GetSchemaCallback message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {livekit.proto.GetSchemaCallback & livekit.proto.GetSchemaCallback.$Shape} GetSchemaCallback
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): livekit.proto.GetSchemaCallback & livekit.proto.GetSchemaCallback.$Shape;

            /**
             * Verifies a GetSchemaCallback message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a GetSchemaCallback message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns GetSchemaCallback
             */
            static fromObject(object: { [k: string]: any }): livekit.proto.GetSchemaCallback;

            /**
             * Creates a plain object from a GetSchemaCallback message. Also converts values to other types if specified.
             * @param message GetSchemaCallback
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: livekit.proto.GetSchemaCallback, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GetSchemaCallback to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace GetSchemaCallback {

            /** Properties of a GetSchemaCallback. */
            interface $Properties {

                /** GetSchemaCallback asyncId */
                asyncId: (number|Long);

                /** GetSchemaCallback definition */
                definition?: (string|null);

                /** GetSchemaCallback error */
                error?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a GetSchemaCallback. */
            type $Shape = livekit.proto.GetSchemaCallback.$Properties;
        }

        /**
         * Properties of a RtcStatsData.
         * @deprecated Use livekit.proto.RtcStatsData.$Properties instead.
         */
        interface IRtcStatsData extends livekit.proto.RtcStatsData.$Properties {
        }

        /** Represents a RtcStatsData. */
        class RtcStatsData {

            /**
             * Constructs a new RtcStatsData.
             * @param [properties] Properties to set
             */
            constructor(properties?: livekit.proto.RtcStatsData.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RtcStatsData id. */
            id: string;

            /** RtcStatsData timestamp. */
            timestamp: (number|Long);

            /**
             * Creates a new RtcStatsData instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RtcStatsData instance
             */
            static create(properties: livekit.proto.RtcStatsData.$Shape): livekit.proto.RtcStatsData & livekit.proto.RtcStatsData.$Shape;
            static create(properties?: livekit.proto.RtcStatsData.$Properties): livekit.proto.RtcStatsData;

            /**
             * Encodes the specified RtcStatsData message. Does not implicitly {@link livekit.proto.RtcStatsData.verify|verify} messages.
             * @param message RtcStatsData message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: livekit.proto.RtcStatsData.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RtcStatsData message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {livekit.proto.RtcStatsData & livekit.proto.RtcStatsData.$Shape} RtcStatsData
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): livekit.proto.RtcStatsData & livekit.proto.RtcStatsData.$Shape;

            /**
             * Verifies a RtcStatsData message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a RtcStatsData message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RtcStatsData
             */
            static fromObject(object: { [k: string]: any }): livekit.proto.RtcStatsData;

            /**
             * Creates a plain object from a RtcStatsData message. Also converts values to other types if specified.
             * @param message RtcStatsData
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: livekit.proto.RtcStatsData, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RtcStatsData to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace RtcStatsData {

            /** Properties of a RtcStatsData. */
            interface $Properties {

                /** RtcStatsData id */
                id: string;

                /** RtcStatsData timestamp */
                timestamp: (number|Long);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RtcStatsData. */
            type $Shape = livekit.proto.RtcStatsData.$Properties;
        }

        /**
         * Properties of a DataChannelStats.
         * @deprecated Use livekit.proto.DataChannelStats.$Properties instead.
         */
        interface IDataChannelStats extends livekit.proto.DataChannelStats.$Properties {
        }

        /** Represents a DataChannelStats. */
        class DataChannelStats {

            /**
             * Constructs a new DataChannelStats.
             * @param [properties] Properties to set
             */
            constructor(properties?: livekit.proto.DataChannelStats.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DataChannelStats label. */
            label: string;

            /** DataChannelStats protocol. */
            protocol: string;

            /** DataChannelStats dataChannelIdentifier. */
            dataChannelIdentifier: number;

            /** DataChannelStats messagesSent. */
            messagesSent: number;

            /** DataChannelStats bytesSent. */
            bytesSent: (number|Long);

            /** DataChannelStats messagesReceived. */
            messagesReceived: number;

            /** DataChannelStats bytesReceived. */
            bytesReceived: (number|Long);

            /**
             * Creates a new DataChannelStats instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DataChannelStats instance
             */
            static create(properties: livekit.proto.DataChannelStats.$Shape): livekit.proto.DataChannelStats & livekit.proto.DataChannelStats.$Shape;
            static create(properties?: livekit.proto.DataChannelStats.$Properties): livekit.proto.DataChannelStats;

            /**
             * Encodes the specified DataChannelStats message. Does not implicitly {@link livekit.proto.DataChannelStats.verify|verify} messages.
             * @param message DataChannelStats message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: livekit.proto.DataChannelStats.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DataChannelStats message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {livekit.proto.DataChannelStats & livekit.proto.DataChannelStats.$Shape} DataChannelStats
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): livekit.proto.DataChannelStats & livekit.proto.DataChannelStats.$Shape;

            /**
             * Verifies a DataChannelStats message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a DataChannelStats message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns DataChannelStats
             */
            static fromObject(object: { [k: string]: any }): livekit.proto.DataChannelStats;

            /**
             * Creates a plain object from a DataChannelStats message. Also converts values to other types if specified.
             * @param message DataChannelStats
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: livekit.proto.DataChannelStats, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DataChannelStats to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace DataChannelStats {

            /** Properties of a DataChannelStats. */
            interface $Properties {

                /** DataChannelStats label */
                label: string;

                /** DataChannelStats protocol */
                protocol: string;

                /** DataChannelStats dataChannelIdentifier */
                dataChannelIdentifier: number;

                /** DataChannelStats messagesSent */
                messagesSent: number;

                /** DataChannelStats bytesSent */
                bytesSent: (number|Long);

                /** DataChannelStats messagesReceived */
                messagesReceived: number;

                /** DataChannelStats bytesReceived */
                bytesReceived: (number|Long);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DataChannelStats. */
            type $Shape = livekit.proto.DataChannelStats.$Properties;
        }

        /**
         * Properties of a RtcStats.
         * @deprecated Use livekit.proto.RtcStats.$Properties instead.
         */
        interface IRtcStats extends livekit.proto.RtcStats.$Properties {
        }

        /** Represents a RtcStats. */
        class RtcStats {

            /**
             * Constructs a new RtcStats.
             * @param [properties] Properties to set
             */
            constructor(properties?: livekit.proto.RtcStats.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RtcStats dataChannel. */
            dataChannel?: (livekit.proto.RtcStats.DataChannel.$Properties|null);

            /** RtcStats stats. */
            stats?: "dataChannel";

            /**
             * Creates a new RtcStats instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RtcStats instance
             */
            static create(properties: livekit.proto.RtcStats.$Shape): livekit.proto.RtcStats & livekit.proto.RtcStats.$Shape;
            static create(properties?: livekit.proto.RtcStats.$Properties): livekit.proto.RtcStats;

            /**
             * Encodes the specified RtcStats message. Does not implicitly {@link livekit.proto.RtcStats.verify|verify} messages.
             * @param message RtcStats message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: livekit.proto.RtcStats.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RtcStats message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {livekit.proto.RtcStats & livekit.proto.RtcStats.$Shape} RtcStats
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): livekit.proto.RtcStats & livekit.proto.RtcStats.$Shape;

            /**
             * Verifies a RtcStats message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a RtcStats message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RtcStats
             */
            static fromObject(object: { [k: string]: any }): livekit.proto.RtcStats;

            /**
             * Creates a plain object from a RtcStats message. Also converts values to other types if specified.
             * @param message RtcStats
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: livekit.proto.RtcStats, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RtcStats to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace RtcStats {

            /** Properties of a RtcStats. */
            interface $Properties {

                /** RtcStats dataChannel */
                dataChannel?: (livekit.proto.RtcStats.DataChannel.$Properties|null);

                /** RtcStats stats */
                stats?: "dataChannel";

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a RtcStats. */
            type $Shape = {
              dataChannel?: livekit.proto.RtcStats.DataChannel.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ stats?: undefined; dataChannel?: null }|{ stats?: "dataChannel"; dataChannel: livekit.proto.RtcStats.DataChannel.$Shape })
            );

            /**
             * Properties of a DataChannel.
             * @deprecated Use livekit.proto.RtcStats.DataChannel.$Properties instead.
             */
            interface IDataChannel extends livekit.proto.RtcStats.DataChannel.$Properties {
            }

            /** Represents a DataChannel. */
            class DataChannel {

                /**
                 * Constructs a new DataChannel.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: livekit.proto.RtcStats.DataChannel.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** DataChannel rtc. */
                rtc: livekit.proto.RtcStatsData.$Properties;

                /** DataChannel dc. */
                dc: livekit.proto.DataChannelStats.$Properties;

                /**
                 * Creates a new DataChannel instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DataChannel instance
                 */
                static create(properties: livekit.proto.RtcStats.DataChannel.$Shape): livekit.proto.RtcStats.DataChannel & livekit.proto.RtcStats.DataChannel.$Shape;
                static create(properties?: livekit.proto.RtcStats.DataChannel.$Properties): livekit.proto.RtcStats.DataChannel;

                /**
                 * Encodes the specified DataChannel message. Does not implicitly {@link livekit.proto.RtcStats.DataChannel.verify|verify} messages.
                 * @param message DataChannel message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: livekit.proto.RtcStats.DataChannel.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DataChannel message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {livekit.proto.RtcStats.DataChannel & livekit.proto.RtcStats.DataChannel.$Shape} DataChannel
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): livekit.proto.RtcStats.DataChannel & livekit.proto.RtcStats.DataChannel.$Shape;

                /**
                 * Verifies a DataChannel message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a DataChannel message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns DataChannel
                 */
                static fromObject(object: { [k: string]: any }): livekit.proto.RtcStats.DataChannel;

                /**
                 * Creates a plain object from a DataChannel message. Also converts values to other types if specified.
                 * @param message DataChannel
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: livekit.proto.RtcStats.DataChannel, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DataChannel to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace DataChannel {

                /** Properties of a DataChannel. */
                interface $Properties {

                    /** DataChannel rtc */
                    rtc: livekit.proto.RtcStatsData.$Properties;

                    /** DataChannel dc */
                    dc: livekit.proto.DataChannelStats.$Properties;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a DataChannel. */
                type $Shape = livekit.proto.RtcStats.DataChannel.$Properties;
            }
        }
    }
}
