//! `core::char::methods`, as Ferrite models it: the inherent methods of `char`. The
//! Unicode properties are intrinsics (interp/shims_num.py); the ASCII and digit
//! methods are plain Rust, as in rustc.

impl char {
    #[ferrite::intrinsic = "char_is_alphabetic"]
    #[must_use]
    #[ferrite::must_use_path = "char::methods::<impl char>::is_alphabetic"]
    pub fn is_alphabetic(self) -> bool;

    #[ferrite::intrinsic = "char_is_numeric"]
    #[must_use]
    #[ferrite::must_use_path = "char::methods::<impl char>::is_numeric"]
    pub fn is_numeric(self) -> bool;

    #[must_use]
    #[ferrite::must_use_path = "char::methods::<impl char>::is_alphanumeric"]
    pub fn is_alphanumeric(self) -> bool {
        self.is_alphabetic() || self.is_numeric()
    }

    #[ferrite::intrinsic = "char_is_whitespace"]
    #[must_use]
    #[ferrite::must_use_path = "char::methods::<impl char>::is_whitespace"]
    pub fn is_whitespace(self) -> bool;

    #[ferrite::intrinsic = "char_is_uppercase"]
    #[must_use]
    #[ferrite::must_use_path = "char::methods::<impl char>::is_uppercase"]
    pub fn is_uppercase(self) -> bool;

    #[ferrite::intrinsic = "char_is_lowercase"]
    #[must_use]
    #[ferrite::must_use_path = "char::methods::<impl char>::is_lowercase"]
    pub fn is_lowercase(self) -> bool;

    #[ferrite::intrinsic = "char_is_control"]
    #[must_use]
    #[ferrite::must_use_path = "char::methods::<impl char>::is_control"]
    pub fn is_control(self) -> bool;

    #[must_use]
    #[ferrite::must_use_path = "char::methods::<impl char>::is_ascii"]
    pub fn is_ascii(&self) -> bool {
        (*self as u32) <= 0x7F
    }

    #[must_use]
    #[ferrite::must_use_path = "char::methods::<impl char>::is_ascii_alphabetic"]
    pub fn is_ascii_alphabetic(&self) -> bool {
        self.is_ascii_uppercase() || self.is_ascii_lowercase()
    }

    #[must_use]
    #[ferrite::must_use_path = "char::methods::<impl char>::is_ascii_uppercase"]
    pub fn is_ascii_uppercase(&self) -> bool {
        *self >= 'A' && *self <= 'Z'
    }

    #[must_use]
    #[ferrite::must_use_path = "char::methods::<impl char>::is_ascii_lowercase"]
    pub fn is_ascii_lowercase(&self) -> bool {
        *self >= 'a' && *self <= 'z'
    }

    #[must_use]
    #[ferrite::must_use_path = "char::methods::<impl char>::is_ascii_alphanumeric"]
    pub fn is_ascii_alphanumeric(&self) -> bool {
        self.is_ascii_alphabetic() || self.is_ascii_digit()
    }

    #[must_use]
    #[ferrite::must_use_path = "char::methods::<impl char>::is_ascii_digit"]
    pub fn is_ascii_digit(&self) -> bool {
        *self >= '0' && *self <= '9'
    }

    #[must_use]
    #[ferrite::must_use_path = "char::methods::<impl char>::is_ascii_hexdigit"]
    pub fn is_ascii_hexdigit(&self) -> bool {
        self.is_ascii_digit() || (*self >= 'a' && *self <= 'f') || (*self >= 'A' && *self <= 'F')
    }

    #[must_use]
    #[ferrite::must_use_path = "char::methods::<impl char>::is_ascii_punctuation"]
    pub fn is_ascii_punctuation(&self) -> bool {
        let c = *self as u32;
        (c >= 0x21 && c <= 0x2F) || (c >= 0x3A && c <= 0x40) || (c >= 0x5B && c <= 0x60)
            || (c >= 0x7B && c <= 0x7E)
    }

    #[must_use]
    #[ferrite::must_use_path = "char::methods::<impl char>::is_ascii_graphic"]
    pub fn is_ascii_graphic(&self) -> bool {
        (*self as u32) >= 0x21 && (*self as u32) <= 0x7E
    }

    #[must_use]
    #[ferrite::must_use_path = "char::methods::<impl char>::is_ascii_whitespace"]
    pub fn is_ascii_whitespace(&self) -> bool {
        *self == ' ' || *self == '\t' || *self == '\n' || *self == '\x0C' || *self == '\r'
    }

    #[must_use]
    #[ferrite::must_use_path = "char::methods::<impl char>::is_ascii_control"]
    pub fn is_ascii_control(&self) -> bool {
        (*self as u32) <= 0x1F || (*self as u32) == 0x7F
    }

    #[must_use = "to uppercase the value in-place, use `make_ascii_uppercase()`"]
    #[ferrite::must_use_path = "char::methods::<impl char>::to_ascii_uppercase"]
    pub fn to_ascii_uppercase(&self) -> char {
        if self.is_ascii_lowercase() { ((*self as u8) - 32) as char } else { *self }
    }

    #[must_use = "to lowercase the value in-place, use `make_ascii_lowercase()`"]
    #[ferrite::must_use_path = "char::methods::<impl char>::to_ascii_lowercase"]
    pub fn to_ascii_lowercase(&self) -> char {
        if self.is_ascii_uppercase() { ((*self as u8) + 32) as char } else { *self }
    }

    pub fn eq_ignore_ascii_case(&self, other: &char) -> bool {
        self.to_ascii_lowercase() == other.to_ascii_lowercase()
    }

    #[must_use = "this returns the result of the operation, without modifying the original"]
    #[ferrite::must_use_path = "char::methods::<impl char>::to_digit"]
    pub fn to_digit(self, radix: u32) -> Option<u32> {
        assert!(radix >= 2 && radix <= 36,
                "to_digit: invalid radix -- radix must be in the range 2 to 36 inclusive");
        let mut digit = (self as u32).wrapping_sub('0' as u32);
        if radix > 10 {
            if digit < 10 {
                return Some(digit);
            }
            digit = ((self as u32) | 0x20).wrapping_sub('a' as u32).saturating_add(10);
        }
        if digit < radix { Some(digit) } else { None }
    }

    pub fn is_digit(self, radix: u32) -> bool {
        self.to_digit(radix).is_some()
    }

    #[must_use]
    #[ferrite::must_use_path = "char::methods::<impl char>::from_digit"]
    pub fn from_digit(num: u32, radix: u32) -> Option<char> {
        if radix > 36 {
            panic!("from_digit: radix is too high (maximum 36)");
        }
        if num < radix {
            let num = num as u8;
            if num < 10 { Some((48 + num) as char) } else { Some((97 + num - 10) as char) }
        } else {
            None
        }
    }

    #[ferrite::intrinsic = "char_from_u32"]
    #[must_use]
    #[ferrite::must_use_path = "char::methods::<impl char>::from_u32"]
    pub fn from_u32(i: u32) -> Option<char>;

    #[must_use]
    #[ferrite::must_use_path = "char::methods::<impl char>::len_utf8"]
    pub fn len_utf8(self) -> usize {
        let c = self as u32;
        if c < 0x80 {
            1
        } else if c < 0x800 {
            2
        } else if c < 0x10000 {
            3
        } else {
            4
        }
    }

    /// `char::to_uppercase`: the iterator of the one or more chars of the mapping
    /// (`'ß'` gives `"SS"`), as `str::to_uppercase` maps each char.
    #[must_use = "this returns the uppercase character as a new iterator, without modifying the original"]
    #[ferrite::must_use_path = "char::methods::<impl char>::to_uppercase"]
    pub fn to_uppercase(self) -> ToUppercase {
        ToUppercase(CaseMapping::of(self.to_string().to_uppercase()))
    }

    #[must_use = "this returns the lowercase character as a new iterator, without modifying the original"]
    #[ferrite::must_use_path = "char::methods::<impl char>::to_lowercase"]
    pub fn to_lowercase(self) -> ToLowercase {
        ToLowercase(CaseMapping::of(self.to_string().to_lowercase()))
    }
}

/// rustc's `CaseMappingIter`: the chars of a case mapping, taken from both ends.
pub struct CaseMapping {
    chars: Vec<char>,
    front: usize,
    back: usize,
}

impl CaseMapping {
    fn of(text: String) -> CaseMapping {
        let chars: Vec<char> = text.chars().collect();
        let back = chars.len();
        CaseMapping { chars, front: 0, back }
    }

    fn next(&mut self) -> Option<char> {
        if self.front < self.back {
            self.front += 1;
            Some(self.chars[self.front - 1])
        } else {
            None
        }
    }

    fn next_back(&mut self) -> Option<char> {
        if self.front < self.back {
            self.back -= 1;
            Some(self.chars[self.back])
        } else {
            None
        }
    }

    fn write_to(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        let mut i = self.front;
        while i < self.back {
            write!(f, "{}", self.chars[i])?;
            i += 1;
        }
        Ok(())
    }
}

// rustc's `casemappingiter_impls!`: the two iterators share one shape.
macro_rules! case_mapping_iter {
    ($T:ident, $doc:literal) => {
        #[doc = $doc]
        pub struct $T(CaseMapping);

        impl Iterator for $T {
            type Item = char;
            fn next(&mut self) -> Option<char> {
                self.0.next()
            }
        }

        impl DoubleEndedIterator for $T {
            fn next_back(&mut self) -> Option<char> {
                self.0.next_back()
            }
        }

        impl ExactSizeIterator for $T {
            fn len(&self) -> usize {
                self.0.back - self.0.front
            }
        }

        impl std::fmt::Display for $T {
            fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                self.0.write_to(f)
            }
        }
    };
}

case_mapping_iter!(ToUppercase, "The iterator of `char::to_uppercase`.");
case_mapping_iter!(ToLowercase, "The iterator of `char::to_lowercase`.");
