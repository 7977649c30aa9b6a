//@ mode: test
struct Tidy(u8);

impl Drop for Tidy {
    fn drop(&mut self) {
        println!("tidy {}", self.0);
    }
}

#[test]
#[should_panic(expected = "boom")]
fn cleans_up() {
    let _t = Tidy(1);
    let _u = Tidy(2);
    panic!("boom");
}

#[test]
fn fails_after_cleanup() {
    let _t = Tidy(3);
    let o: Option<u8> = None;
    o.unwrap();
}
