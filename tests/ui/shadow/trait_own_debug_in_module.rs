mod report {
    pub trait Debug {
        fn dump(&self) -> String;
    }

    #[derive(Debug)]
    pub struct Line {
        pub n: i32,
    }

    impl Debug for Line {
        fn dump(&self) -> String {
            format!("line {}", self.n)
        }
    }
}

use report::Debug;

fn main() {
    let l = report::Line { n: 9 };
    println!("{} {:?}", l.dump(), l);
    println!("{}", report::Debug::dump(&l));
}
