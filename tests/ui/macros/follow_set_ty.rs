//@ mode: check
macro_rules! typed {
    ($t:ty = $e:expr) => {
        let _v: $t = $e;
    };
    ($t:ty ! $e:expr) => {
        let _v: $t = $e;
    };
}

fn main() {
    typed!(i32 = 5);
}
