//! The one list of Fresns API error codes.
//!
//! Every other view of the catalog (the [`ErrorCode`](super::ErrorCode) enum, its message IDs,
//! argument specs, the checker, the exports and `fresns-i18n codes`) is derived from this table.
//!
//! Message IDs are **stable**: translators' `.ftl` files and clients key on them. Never rename
//! one; add a new code instead. The one exception, an ID that named the wrong meaning and was
//! renamed before the first release, is listed in
//! [`ErrorCode::RENAMED_MESSAGE_IDS`], and parsing still
//! accepts its old ID. The English text lives in `locales/en/*.ftl`, not here.

use super::{ArgKind::*, ArgSpec, Presence::*};

impl ErrorCode {
    /// Message IDs renamed before the first release, as (old ID, code). Parsing an ID
    /// ([`ErrorCode::from_message_id`], `str::parse`) still accepts the old one, so nothing keyed
    /// on it breaks; [`ErrorCode::message_id`] always gives the new one.
    ///
    /// ```
    /// use fresns_i18n::ErrorCode;
    /// let code: ErrorCode = "character-limit-reached".parse()?;
    /// assert_eq!(code.number(), 36118);
    /// assert_eq!(code.message_id(), "role-follow-or-block-limit");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const RENAMED_MESSAGE_IDS: &'static [(&'static str, ErrorCode)] = &[
        // 36118 is the role's limit on how many users one may follow or block, not a text
        // length: "characters" was a mistranslation of the Chinese for "role".
        ("character-limit-reached", ErrorCode::RoleFollowOrBlockLimit),
    ];
}

super::define_catalog! {
    // Parameters
    30000 ParameterError "parameter-error" [];
    30001 ParameterMissing "parameter-missing" [];
    30002 ParameterValueInvalid "parameter-value-invalid" [];
    30003 ParameterNotJsonArray "parameter-not-json-array" [];
    30004 ParameterNotJsonObject "parameter-not-json-object" [];
    30005 ParameterBothChoicesPassed "parameter-both-choices-passed" [];
    // Headers
    31000 HeadersError "headers-error" [];
    31101 PlatformIdNotFound "platform-id-not-found" [];
    31102 PlatformIdKeyMismatch "platform-id-key-mismatch" [];
    31103 PlatformIdAccountMismatch "platform-id-account-mismatch" [];
    31201 VersionNotFound "version-not-found" [];
    31202 VersionKeyMismatch "version-key-mismatch" [];
    31301 AppIdUnavailable "app-id-unavailable" [];
    31302 SignatureInvalid "signature-invalid" [];
    31303 SignatureExpired "signature-expired" [];
    31304 KeyNotAuthorized "key-not-authorized" [];
    31305 ReadOnlyKeyNotAuthorized "read-only-key-not-authorized" [];
    31401 LanguageTagIncorrect "language-tag-incorrect" [];
    31402 TimezoneIncorrect "timezone-incorrect" [];
    31501 AccountNotLoggedIn "account-not-logged-in" [];
    31502 AccountRecordNotFound "account-record-not-found" [];
    31503 AccountTokenMissing "account-token-missing" [];
    31504 AccountTokenExpired "account-token-expired" [];
    31505 AccountTokenIncorrect "account-token-incorrect" [];
    31601 UserNotLoggedIn "user-not-logged-in" [];
    31602 UserRecordNotFound "user-record-not-found" [];
    31603 UserTokenIncorrect "user-token-incorrect" [];
    31701 DeviceInfoMissing "device-info-missing" [];
    31702 DeviceInfoMalformed "device-info-malformed" [];
    31703 DeviceInfoMissingIp "device-info-missing-ip" [];
    // Service providers and records
    32100 ServiceProviderNotConfigured "service-provider-not-configured" [];
    32101 ServiceProviderNotFound "service-provider-not-found" [];
    32102 ServiceProviderDisabled "service-provider-disabled" [];
    32103 ServiceProviderConfigEmpty "service-provider-config-empty" [];
    32104 StorageProviderUnavailable "storage-provider-unavailable" [];
    32201 RecordNotFound "record-not-found" [];
    32202 DataAbnormal "data-abnormal" [];
    32203 RecordExpired "record-expired" [];
    32204 RecordUsedRetry "record-used-retry" [];
    32205 RecordUsedUp "record-used-up" [];
    32206 RecordContentEmpty "record-content-empty" [];
    32301 ServiceProviderNoResponse "service-provider-no-response" [];
    32302 ServiceProviderFailed "service-provider-failed" [];
    32303 CallbackDataLost "callback-data-lost" [];
    32304 ExecutionFileLost "execution-file-lost" [];
    // System and site
    33100 InterfaceDisabled "interface-disabled" [];
    33101 PrivateModeRequestForbidden "private-mode-request-forbidden" [];
    33102 SiteModeConfigError "site-mode-config-error" [];
    33200 VerifyCodeTemplateUnavailable "verify-code-template-unavailable" [];
    33201 VerifyCodeSentTooOften "verify-code-sent-too-often" [wait: Duration, Required];
    33202 VerifyCodeEmpty "verify-code-empty" [];
    33203 VerifyCodeIncorrect "verify-code-incorrect" [];
    33301 SystemBannedWords "system-banned-words" [];
    33302 ContentLengthExceeded "content-length-exceeded" [max: Count, Required];
    33400 IpInvalid "ip-invalid" [];
    33401 IpAbnormal "ip-abnormal" [];
    33402 IpDetailsUnavailable "ip-details-unavailable" [];
    33403 IpBlocked "ip-blocked" [];
    33404 IpUnknown "ip-unknown" [];
    // Accounts
    34101 EmailFormatIncorrect "email-format-incorrect" [];
    34102 PhoneFormatIncorrect "phone-format-incorrect" [];
    34103 CountryCodeIncorrect "country-code-incorrect" [];
    34104 NewPasswordMismatch "new-password-mismatch" [];
    34105 PasswordLengthIncorrect "password-length-incorrect" [min: Count, Required; max: Count, Required];
    34106 PasswordNeedsNumber "password-needs-number" [];
    34107 PasswordNeedsLowercase "password-needs-lowercase" [];
    34108 PasswordNeedsUppercase "password-needs-uppercase" [];
    34109 PasswordNeedsSymbol "password-needs-symbol" [];
    34110 EmailDomainNotSupported "email-domain-not-supported" [];
    34111 CredentialsEmpty "credentials-empty" [];
    34201 RegistrationClosed "registration-closed" [];
    34202 EmailRegistrationNotSupported "email-registration-not-supported" [];
    34203 PhoneRegistrationNotSupported "phone-registration-not-supported" [];
    34204 AccountAlreadyRegistered "account-already-registered" [];
    34205 EmailAlreadyUsed "email-already-used" [];
    34206 PhoneAlreadyUsed "phone-already-used" [];
    34301 AccountNotFound "account-not-found" [];
    34302 EmailNotFound "email-not-found" [];
    34303 PhoneNotFound "phone-not-found" [];
    34304 AccountPasswordIncorrect "account-password-incorrect" [];
    34305 AccountOrPasswordIncorrect "account-or-password-incorrect" [];
    34306 LoginAttemptsExceeded "login-attempts-exceeded" [wait: Duration, Default(3600)];
    34307 AccountBanned "account-banned" [];
    34308 AccountClosed "account-closed" [];
    34401 EmailAlreadyBound "email-already-bound" [];
    34402 PhoneAlreadyBound "phone-already-bound" [];
    34403 ConnectTokenExists "connect-token-exists" [];
    34404 ConnectTokenDisabled "connect-token-disabled" [];
    34405 AccountAlreadyConnected "account-already-connected" [];
    34406 DisconnectWouldLockOut "disconnect-would-lock-out" [];
    34501 WalletUnavailable "wallet-unavailable" [];
    34502 WalletPasswordIncorrect "wallet-password-incorrect" [];
    34503 CounterpartyWalletUnavailable "counterparty-wallet-unavailable" [];
    34504 WalletPaymentNotAllowed "wallet-payment-not-allowed" [];
    34505 CounterpartyPaymentNotAllowed "counterparty-payment-not-allowed" [];
    34506 WalletClosingBalanceMismatch "wallet-closing-balance-mismatch" [];
    34507 CounterpartyClosingBalanceMismatch "counterparty-closing-balance-mismatch" [];
    // Users
    35101 ChangeTooFrequent "change-too-frequent" [days: Count, Required];
    35102 UsernameInvalidCharacters "username-invalid-characters" [];
    35103 UsernameLengthIncorrect "username-length-incorrect" [min: Count, Required; max: Count, Required];
    35104 UsernameTooShort "username-too-short" [min: Count, Required; max: Count, Required];
    35105 UsernameTaken "username-taken" [];
    35106 UsernameBlockedWords "username-blocked-words" [];
    35107 NicknameSpecialCharacters "nickname-special-characters" [];
    35108 NicknameLengthIncorrect "nickname-length-incorrect" [min: Count, Required; max: Count, Required];
    35109 NicknameTooShort "nickname-too-short" [min: Count, Required; max: Count, Required];
    35110 NicknameBlockedWords "nickname-blocked-words" [];
    35111 NicknameTaken "nickname-taken" [];
    35201 UserNotInAccount "user-not-in-account" [];
    35202 UserBanned "user-banned" [];
    35203 UserClosed "user-closed" [];
    35204 UserPasswordIncorrect "user-password-incorrect" [];
    35301 UserRequestNotAllowed "user-request-not-allowed" [];
    35302 UserExpiredFunction "user-expired-function" [];
    35303 UserExpiredContent "user-expired-content" [];
    35304 UserExpiredNewContent "user-expired-new-content" [];
    35305 UserViewTargetNotAllowed "user-view-target-not-allowed" [];
    35306 PrivateModeUserUnauthorized "private-mode-user-unauthorized" [];
    // Roles and content operations
    36100 RoleRecordNotFound "role-record-not-found" [];
    36101 RolePermissionsNotConfigured "role-permissions-not-configured" [];
    36102 RoleRequestNotAllowed "role-request-not-allowed" [];
    36103 RoleBrowseNotAllowed "role-browse-not-allowed" [];
    36104 RolePublishNotAllowed "role-publish-not-allowed" [];
    36105 RolePublishTimeLimit "role-publish-time-limit" [wait: Duration, Required];
    36106 RolePublishRequiresEmail "role-publish-requires-email" [];
    36107 RolePublishRequiresPhone "role-publish-requires-phone" [];
    36108 RolePublishRequiresRealName "role-publish-requires-real-name" [];
    36109 RoleUploadImageNotAllowed "role-upload-image-not-allowed" [];
    36110 RoleUploadVideoNotAllowed "role-upload-video-not-allowed" [];
    36111 RoleUploadAudioNotAllowed "role-upload-audio-not-allowed" [];
    36112 RoleUploadFileNotAllowed "role-upload-file-not-allowed" [];
    36113 FileSizeExceeded "file-size-exceeded" [size: Bytes, Required];
    36114 FileDurationExceeded "file-duration-exceeded" [limit: Duration, Required];
    36115 FileCountExceeded "file-count-exceeded" [max: Count, Required];
    36116 RoleConversationNotAllowed "role-conversation-not-allowed" [];
    36117 RoleDailyDownloadLimit "role-daily-download-limit" [max: Count, Required];
    // Renamed from `character-limit-reached` before the first release; see `ErrorCode::RENAMED_MESSAGE_IDS`.
    36118 RoleFollowOrBlockLimit "role-follow-or-block-limit" [max: Count, Required];
    36119 PublishTooFast "publish-too-fast" [wait: Duration, Required];
    36120 DailyPublishLimit "daily-publish-limit" [max: Count, Required];
    36200 FeatureNotOpen "feature-not-open" [];
    36201 ContentNotOpen "content-not-open" [];
    36202 SelfOperationNotAllowed "self-operation-not-allowed" [];
    36300 PublishMethodRestricted "publish-method-restricted" [];
    36301 PublishRequiresEmail "publish-requires-email" [];
    36302 PublishRequiresPhone "publish-requires-phone" [];
    36303 PublishRequiresRealName "publish-requires-real-name" [];
    36304 PublishTimeLimit "publish-time-limit" [wait: Duration, Required];
    36305 PostNotEditable "post-not-editable" [];
    36306 CommentNotEditable "comment-not-editable" [];
    36307 StickyContentNotEditable "sticky-content-not-editable" [];
    36308 HighlightedContentNotEditable "highlighted-content-not-editable" [];
    36309 EditWindowExpired "edit-window-expired" [limit: Duration, Required];
    36310 FileTypeNotAllowed "file-type-not-allowed" [extension: Text, Required];
    36311 GroupPostNotAllowed "group-post-not-allowed" [];
    36312 GroupCommentNotAllowed "group-comment-not-allowed" [];
    36313 CommentTypeNotEditable "comment-type-not-editable" [];
    36400 DeleteFailed "delete-failed" [];
    36401 ContentNotDeletable "content-not-deletable" [];
    36402 ResourceInUse "resource-in-use" [];
    36403 DeleteOwnContentOnly "delete-own-content-only" [];
    36404 DeleteUnderReview "delete-under-review" [];
    36405 DraftAlreadyPublished "draft-already-published" [];
    36500 AuthorConfirmationFailed "author-confirmation-failed" [];
    36501 ReviewWithdrawUnneeded "review-withdraw-unneeded" [];
    36600 ConversationDisabled "conversation-disabled" [];
    36601 ConversationNotFound "conversation-not-found" [];
    36602 ConversationNotOwned "conversation-not-owned" [];
    36603 MessageToSelf "message-to-self" [];
    36604 MessageFileOrText "message-file-or-text" [];
    36605 MessageBlockedWords "message-blocked-words" [];
    36606 RecipientFollowedOnly "recipient-followed-only" [];
    36607 RecipientFollowedOrVerifiedOnly "recipient-followed-or-verified-only" [];
    36608 RecipientConversationOff "recipient-conversation-off" [];
    36609 MessageDeleteOwnOnly "message-delete-own-only" [];
    36700 NotificationNotFound "notification-not-found" [];
    36701 NotificationNotOwned "notification-not-owned" [];
    36702 NotificationDeleteOwnOnly "notification-delete-own-only" [];
    // Content lookups
    37100 GroupRecordNotFound "group-record-not-found" [];
    37101 GroupBanned "group-banned" [];
    37102 GroupMembersOnly "group-members-only" [];
    37103 GroupMembersOnlyDetails "group-members-only-details" [];
    37104 GroupUserBanned "group-user-banned" [];
    37105 GroupServiceExpired "group-service-expired" [];
    37106 ServiceExpiredNewContent "service-expired-new-content" [];
    37200 HashtagRecordNotFound "hashtag-record-not-found" [];
    37201 HashtagBanned "hashtag-banned" [];
    37300 PostRecordNotFound "post-record-not-found" [];
    37301 PostBanned "post-banned" [];
    37302 PostLogRecordNotFound "post-log-record-not-found" [];
    37303 ContentUnauthorized "content-unauthorized" [];
    37400 CommentRecordNotFound "comment-record-not-found" [];
    37401 CommentBanned "comment-banned" [];
    37402 CommentLogRecordNotFound "comment-log-record-not-found" [];
    37403 CommentsAuthorOnly "comments-author-only" [];
    37404 PostCommentsExpired "post-comments-expired" [];
    37500 FileRecordNotFound "file-record-not-found" [];
    37501 FileBanned "file-banned" [];
    37600 ExtendRecordNotFound "extend-record-not-found" [];
    37601 ExtendBanned "extend-banned" [];
    // Edit validation
    38100 DraftNotFound "draft-not-found" [];
    38101 DraftUnderReview "draft-under-review" [];
    38102 DraftPublished "draft-published" [];
    38103 ReviewResubmitNotAllowed "review-resubmit-not-allowed" [];
    38104 PublishResubmitNotAllowed "publish-resubmit-not-allowed" [];
    38105 CommentDraftTopLevelOnly "comment-draft-top-level-only" [];
    38106 DraftBoxFull "draft-box-full" [max: Count, Required];
    38107 CommentPostUnavailable "comment-post-unavailable" [];
    38108 CommentPostClosed "comment-post-closed" [];
    38200 ContentPendingReview "content-pending-review" [];
    38201 ReviewAlreadyPending "review-already-pending" [];
    38202 TitleEmpty "title-empty" [];
    38203 TitleTooLong "title-too-long" [max: Count, Required];
    38204 ContentEmpty "content-empty" [];
    38205 ContentTooLong "content-too-long" [max: Count, Required];
    38206 TitleBannedWords "title-banned-words" [];
    38207 ContentBannedWords "content-banned-words" [];
    38208 GroupRequired "group-required" [];
    38209 CommentFollowedOnly "comment-followed-only" [];
    38210 CommentFollowedOrVerifiedOnly "comment-followed-or-verified-only" [];
    38211 CommentDisabled "comment-disabled" [];
}
