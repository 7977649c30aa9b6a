//@ mode: check
macro_rules! inner {
    () => {
        let n: u8 = "text";
    };
}

macro_rules! outer {
    () => {
        inner!();
    };
}

fn main() {
    outer!();
}
