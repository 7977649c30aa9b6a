#[derive(Debug)]
struct Even(i32);

impl TryFrom<i32> for Even {
    type Error = String;

    fn try_from(v: i32) -> Result<Self, Self::Error> {
        if v % 2 == 0 {
            Ok(Even(v))
        } else {
            Err(format!("{} is odd", v))
        }
    }
}

fn main() {
    println!("{:?}", Even::try_from(4));
    println!("{:?}", Even::try_from(5));
    let e: Result<Even, _> = 7.try_into();
    println!("{:?}", e);
    let f: Result<Even, String> = 8.try_into();
    println!("{:?}", f);
}
