mod report {
    #[derive(Debug)]
    pub struct Line {
        pub n: i32,
    }
}
fn main() {
    let l = report::Line { n: 9 };
    println!("{:?}", l);
}
