# Texts of the default script (conversations/scripts/default.yaml). Options are added by the bot.
# Kannada: short questions in everyday words; "ನೀವು" for respect.

q-consent = ನಾವು ನಿಮ್ಮ ಕಂಪನಿಯವರಲ್ಲ. ಉತ್ತರಗಳು ಗುಟ್ಟಾಗಿರುತ್ತವೆ, ಕೊಡುವುದು ನಿಮ್ಮ ಇಷ್ಟ. ಯಾವ ಪ್ರಶ್ನೆಯನ್ನಾದರೂ ಬಿಡಬಹುದು, ಯಾವಾಗ ಬೇಕಾದರೂ STOP ಕಳುಹಿಸಬಹುದು. ಮುಂದುವರಿಯೋಣವಾ?
q-retaliation = ನಮ್ಮ ಜೊತೆ ಮಾತಾಡಿದ್ದಕ್ಕೆ ಯಾರಾದರೂ ನಿಮ್ಮನ್ನು ಮೊದಲಿಗಿಂತ ಕೆಟ್ಟದಾಗಿ ನಡೆಸಿಕೊಂಡಿದ್ದಾರಾ?
q-retaliation-kind = ಏನಾಯಿತು?
q-retaliation-kind-pay-cut = ಸಂಬಳ ಕಡಿತ
q-retaliation-kind-worse-shifts = ಕೆಟ್ಟ ಶಿಫ್ಟ್ ಅಥವಾ ಕೆಲಸ
q-retaliation-kind-threats = ಬೆದರಿಕೆ ಅಥವಾ ಬೈಗುಳ
q-retaliation-kind-fired = ಕೆಲಸದಿಂದ ತೆಗೆದರು/ಹೋಗಲು ಹೇಳಿದರು
q-retaliation-kind-other = ಬೇರೆ ಏನೋ
q-wages-paid = ಕಳೆದ ತಿಂಗಳ ಪೂರ್ತಿ ಸಂಬಳ ಸಮಯಕ್ಕೆ ಸಿಕ್ಕಿತಾ?
q-deductions = ನಿಮ್ಮ ಒಪ್ಪಿಗೆ ಇಲ್ಲದೆ ಸಂಬಳದಿಂದ ಹಣ ಕಡಿತ ಮಾಡುತ್ತಾರಾ?
q-rest-day = ಪ್ರತಿ ವಾರ ಕನಿಷ್ಠ ಒಂದು ದಿನ ರಜೆ ಸಿಗುತ್ತಾ?
q-rest-day-every-week = ಪ್ರತಿ ವಾರ
q-rest-day-sometimes = ಕೆಲವೊಮ್ಮೆ
q-rest-day-never = ಯಾವತ್ತೂ ಸಿಗಲ್ಲ
q-overtime-forced = ಇಷ್ಟ ಇಲ್ಲದಿದ್ದರೂ ಬಲವಂತವಾಗಿ ಓಟಿ (ಓವರ್ ಟೈಮ್) ಮಾಡಿಸುತ್ತಾರಾ?
q-documents = ನಿಮ್ಮ ಪಾಸ್ಪೋರ್ಟ್ ಅಥವಾ ಐಡಿ ಕಾರ್ಡ್ ಯಾರ ಬಳಿ ಇದೆ?
q-documents-i-keep = ನನ್ನ ಬಳಿಯೇ
q-documents-employer-keeps = ಕಂಪನಿ
q-documents-agent-keeps = ಏಜೆಂಟ್
q-documents-no-documents = ಯಾವುದೂ ಇಲ್ಲ
q-fees-debt = ಈ ಕೆಲಸ ಪಡೆಯಲು ನೀವು ಹಣ ಕೊಟ್ಟಿರಾ, ಅಥವಾ ಅದಕ್ಕಾಗಿ ಸಾಲ ಇದೆಯಾ?
q-free-to-leave = ಕೆಲಸ ಇಲ್ಲದಾಗ ಕಂಪನಿ ಅಥವಾ ಹಾಸ್ಟೆಲ್ ಬಿಟ್ಟು ಹೊರಗೆ ಹೋಗಬಹುದಾ?
q-harassment = ಕೆಲಸದಲ್ಲಿ ಯಾರಾದರೂ ನಿಮ್ಮನ್ನು ಕೆಟ್ಟದಾಗಿ ಮುಟ್ಟಿದರಾ, ನೋಯಿಸಿದರಾ ಅಥವಾ ಅವಮಾನ ಮಾಡಿದರಾ?
q-danger-now = ಈಗ ನಿಮಗೆ ಅಥವಾ ಬೇರೆ ಯಾರಿಗಾದರೂ ಅಪಾಯ ಇದೆಯಾ?
q-child-workers = 15 ವರ್ಷಕ್ಕಿಂತ ಚಿಕ್ಕವರಂತೆ ಕಾಣುವ ಕೆಲಸಗಾರರು ಇದ್ದಾರಾ?
q-safe-to-complain = ಕೆಲಸದಲ್ಲಿ ಭಯ ಇಲ್ಲದೆ ಸಮಸ್ಯೆ ಹೇಳಬಹುದಾ?
q-wants-contact = ನಮ್ಮ ತಂಡದ ಒಬ್ಬರು ನಿಮ್ಮನ್ನು ಸಂಪರ್ಕಿಸಬೇಕಾ?
q-anything-else = ಬೇರೆ ಏನಾದರೂ ಹೇಳಬೇಕಾ? ನಿಮ್ಮ ಮಾತಿನಲ್ಲೇ ಬರೆಯಿರಿ, ಅಥವಾ ಬಿಡಲು 9 ಕಳುಹಿಸಿ.
q-improve = ಯಾವ ಒಂದು ವಿಷಯ ಬದಲಾದರೆ ನಿಮ್ಮ ಕೆಲಸ ಚೆನ್ನಾಗಿರುತ್ತದೆ? ಅಥವಾ ಬಿಡಲು 9 ಕಳುಹಿಸಿ.
