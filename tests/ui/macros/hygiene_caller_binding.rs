macro_rules! bind_and_use {
    ($v:ident, $e:expr) => {{
        let $v = $e;
        let tmp = $v + 1;
        tmp * 2
    }};
}

fn main() {
    let tmp = 5;
    let r = bind_and_use!(tmp, tmp * 10);
    println!("{} {}", tmp, r);
}
