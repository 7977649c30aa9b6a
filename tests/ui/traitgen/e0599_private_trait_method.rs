// A method of a private trait cannot be called outside the trait's module.
mod vault {
    trait Open {
        fn open(&self) -> u8;
    }

    pub struct Safe;

    impl Open for Safe {
        fn open(&self) -> u8 {
            1
        }
    }

    pub fn try_open(s: &Safe) -> u8 {
        s.open()
    }
}

fn main() {
    let s = vault::Safe;
    println!("{}", vault::try_open(&s));
    println!("{}", s.open());
}
