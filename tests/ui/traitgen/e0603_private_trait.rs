// A private trait cannot be imported from outside its module.
mod inner {
    trait Secret {
        fn reveal(&self) -> u8;
    }

    pub struct Box1;

    impl Secret for Box1 {
        fn reveal(&self) -> u8 {
            7
        }
    }
}

use inner::Secret;

fn main() {
    let _b = inner::Box1;
}
